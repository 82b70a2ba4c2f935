// Before the script runs, or without JavaScript: what an editor puts inside the element shows; once the
// bundle defines the element, the panel takes its place in one step, and nothing moves after that.
import { expect } from '@open-wc/testing';
import { BUNDLE } from './helpers.js';

const FALLBACK = `<partnership-panel>
  <p id="fallback"><a href="https://example.org/fact-sheet.pdf">Building Winning Partnerships (fact sheet, PDF)</a></p>
</partnership-panel><p id="below">After the panel</p>`;

async function frame(srcdoc: string, width = 800, height = 600): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  f.srcdoc = srcdoc;
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  document.body.append(f);
  await loaded;
  return f;
}

describe('fallback content', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows while the element is not defined (no script, or scripts off)', async () => {
    const f = await frame(`<!doctype html><body>${FALLBACK}</body>`);
    const link = f.contentDocument!.querySelector('#fallback a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(f.contentWindow!.customElements.get('partnership-panel')).to.equal(undefined);
  });

  it('is replaced by the panel on upgrade, in one layout shift at most and none after', async function () {
    if (!('LayoutShift' in window)) this.skip(); // layout-shift entries are Chromium's only.
    const f = await frame(`<!doctype html><body style="margin:0">${FALLBACK}</body>`);
    const win = f.contentWindow as Window & typeof globalThis;
    const doc = f.contentDocument!;
    const shifts: PerformanceEntry[] = [];
    new win.PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({
      type: 'layout-shift',
      buffered: true,
    });
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    expect(shifts, 'nothing moves before the script').to.have.length(0);
    const script = doc.createElement('script');
    script.src = BUNDLE;
    const ran = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.body.append(script);
    await ran;
    const panel = doc.querySelector('partnership-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    await panel.updateComplete;
    expect(doc.querySelector('#fallback')!.getBoundingClientRect().height, 'fallback hidden').to.equal(0);
    expect(panel.shadowRoot!.querySelectorAll('[part~="tip"]')).to.have.length(24);
    // Layout shifts are reported once a frame has been painted: wait for frames, not for time.
    const frames = () => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    await frames();
    const afterUpgrade = shifts.length;
    expect(afterUpgrade, 'at most the one replacement').to.be.at.most(1);
    await frames();
    expect(shifts.length, 'no shift after the first render').to.equal(afterUpgrade);
  });

  describe('when the script arrives 600 ms late', () => {
    const LATE = () => `<script src="/__test/late.js?delay=600&amp;n=${Math.random()}"></script>`;
    const TEXT = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of the page, after the panel.</p>`).join(
      '',
    );

    /**
     * Loads a page whose script is 600 ms late and measures how far the page's own content after the
     * panels moves on screen when they render: for each block after a panel that is on screen before or
     * after, its move as a share of the viewport height (the distance part of CLS). The largest is returned.
     * Geometry rather than the LayoutShift API, so that every engine is measured.
     */
    async function lateMove(body: string, width: number, height: number, head = ''): Promise<number> {
      const f = document.createElement('iframe');
      f.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
      f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head>${body}</html>`;
      document.body.append(f);
      // Before the script arrives: the page has been parsed up to the late script, and laid out.
      let doc: Document | null = null;
      while (!doc?.querySelector('script[src*="late.js"]')) {
        await new Promise((r) => requestAnimationFrame(r));
        doc = f.contentDocument;
      }
      const win = f.contentWindow as Window & typeof globalThis;
      const panels = [...doc.querySelectorAll('partnership-panel, partnership-tips, partnership-resources')];
      expect(win.customElements.get('partnership-panel'), 'measured before the script ran').to.equal(undefined);
      const blocks = panels
        .map((p) => p.nextElementSibling ?? p.parentElement!.nextElementSibling)
        .filter(Boolean) as Element[];
      const before = blocks.map((b) => b.getBoundingClientRect().top);
      await win.customElements.whenDefined('partnership-panel');
      for (const el of panels) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const after = blocks.map((b) => b.getBoundingClientRect().top);
      f.remove();
      const onScreen = (top: number) => top < height;
      return Math.max(
        0,
        ...blocks.map((_, i) =>
          onScreen(before[i]) || onScreen(after[i]) ? Math.min(1, Math.abs(after[i] - before[i]) / height) : 0,
        ),
      );
    }

    for (const width of [375, 1280]) {
      it(`the configurator's snippet (plain HTML inside) keeps the panel's space at ${width} px, where the empty element moves the page`, async () => {
        const plain = await (await fetch('/__test/rendered.html?args=[]')).text();
        const intro = '<h1>Family partnerships</h1><p>An introduction of the page.</p>';
        const page = (inside: string) =>
          `<body>${intro}<partnership-panel>${inside}</partnership-panel>${TEXT}${LATE()}</body>`;
        // The text after the panel moves by less than a tenth of the screen with the panel's plain HTML
        // inside, and off the screen with the empty element (the one-tag snippet alone).
        expect(await lateMove(page(plain), width, 800), 'with its plain HTML inside').to.be.below(0.1);
        expect(await lateMove(page(''), width, 800), 'the empty element').to.equal(1);
      });

      it(`the clinic demo, its script 600 ms late, does not move what is on screen at ${width} px`, async () => {
        const page = await (await fetch('/demo/clinic.html')).text();
        const [, body] = /<\/head>([\s\S]*)<\/html>/.exec(page)!;
        const late = body.replace('<script src="../dist/partnership-panel.js"></script>', LATE());
        expect(late).to.include('late.js');
        const move = await lateMove(late, width, 812, '<base href="/demo/"><link rel="stylesheet" href="demo.css">');
        expect(move).to.be.below(0.1);
      });
    }

    it('the prerendered snippet, its script 600 ms late, moves nothing', async () => {
      const snippet = await (
        await fetch('/__test/rendered.html?args=["--format","prerendered","--base","/dist/"]')
      ).text();
      const element = snippet.replace(/<script [^>]*><\/script>\s*$/, '');
      const move = await lateMove(`<body><h1>Family partnerships</h1>${element}${TEXT}${LATE()}</body>`, 375, 800);
      expect(move).to.equal(0);
    });
  });
});
