// `executeServerCommand('frame', { src, expression })`: evaluates an expression in an iframe of the test
// page, found by a part of its src, and returns its value (JSON). A test page cannot read a frame from
// another origin, nor one whose sandbox runs no script; the browser's automation can, in each engine:
// Chromium and Firefox through puppeteer's frames, WebKit through WebDriver's frame switching. The
// frame's own scripts are not involved (in a sandbox="" frame none runs; the expression still does).
const find = async (getFrames, src) => {
  for (let i = 0; i < 50; i++) {
    const frame = (await getFrames()).find((f) => f.url().includes(src));
    if (frame) return frame;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no frame whose address has ${src}`);
};

export const frameCommand = {
  name: 'frame',
  async executeCommand({ command, payload, session }) {
    if (command !== 'frame') return undefined;
    const { src, expression } = payload;
    const page = session.browser.getPage?.(session.id);
    if (page) {
      const frame = await find(() => page.frames(), src);
      return frame.evaluate(`JSON.stringify(${expression})`).then(JSON.parse);
    }
    const driver = session.browser.driver;
    if (!driver) throw new Error('the frame command needs puppeteer (Chromium, Firefox) or WebDriver (WebKit)');
    for (const element of await driver.$$('iframe')) {
      if (!(await element.getAttribute('src'))?.includes(src)) continue;
      await driver.switchFrame(element);
      try {
        return JSON.parse(await driver.execute(`return JSON.stringify(${expression})`));
      } finally {
        await driver.switchToParentFrame();
      }
    }
    throw new Error(`no iframe whose src has ${src}`);
  },
};
