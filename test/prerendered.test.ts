// `partnership-panel render --format prerendered`: the element holding its rendered card as declarative
// shadow DOM, its styles as the stylesheet file beside the bundle, then the script; under the strict CSP.
// Without JavaScript the whole styled panel shows; with it, the element takes over with no visible
// change and no layout shift.
import { toggled } from './helpers.js';
import { expect } from '@open-wc/testing';

type Panel = HTMLElement & { updateComplete: Promise<unknown> };
type Win = Window & typeof globalThis & { __csp: { violations: string[]; errors: string[] } };

async function open(args: string[], script: boolean, sandbox?: string) {
  const frame = document.createElement('iframe');
  // sandbox without allow-scripts: a reader whose browser runs no JavaScript at all.
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.src = `/__test/prerendered.html?script=${script ? 1 : 0}&args=${encodeURIComponent(JSON.stringify(args))}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  return { win, doc, panel: doc.querySelector('partnership-panel') as Panel };
}

/** Waits until the card's stylesheet file has applied (its band has its colour), frame by frame. */
async function styled(win: Window, panel: Element) {
  const band = () => panel.shadowRoot!.querySelector('[part~="header"]')!;
  for (let i = 0; i < 300 && win.getComputedStyle(band()).backgroundColor !== 'rgb(11, 92, 173)'; i++)
    await new Promise((r) => win.requestAnimationFrame(r));
  return win.getComputedStyle(band()).backgroundColor;
}

const seen = (doc: Document, panel: Element) => {
  const card = panel.shadowRoot!.querySelector('[part~="panel"]')!;
  return {
    text: card.textContent!.replace(/\s+/g, ' ').trim(),
    card: JSON.stringify(card.getBoundingClientRect()),
    below: JSON.stringify(doc.querySelector('#below')!.getBoundingClientRect()),
  };
};

describe('the prerendered snippet, under the strict CSP', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the whole styled panel without JavaScript', async () => {
    const { win, doc, panel } = await open(['--lang', 'es'], false);
    expect(win.customElements.get('partnership-panel')).to.equal(undefined);
    expect(panel.shadowRoot!.querySelectorAll('[part~="tip"]')).to.have.length(24);
    expect(await styled(win, panel)).to.equal('rgb(11, 92, 173)');
    expect(JSON.parse(seen(doc, panel).card).height).to.be.greaterThan(1000);
    expect(win.__csp.violations).to.deep.equal([]);
  });

  it('with JavaScript off, every one of the 24 tips of an accordion with limit and tip of the day can be reached', async () => {
    const { win, panel } = await open(
      ['--layout', 'accordion', '--limit', '2', '--tip-of-the-day'],
      true,
      'allow-same-origin',
    );
    expect(win.customElements.get('partnership-panel'), 'no script ran').to.equal(undefined);
    const root = panel.shadowRoot!;
    const visible = () =>
      [...root.querySelectorAll<HTMLElement>('[part~="tip"]')].filter((t) => t.checkVisibility()).length;
    expect(visible(), 'folded at first').to.equal(0);
    // A reader opens each disclosure in turn, from the top: "Show all tips", each section, each "Show N more".
    for (let i = 0; i < 20; i++) {
      const closed = [...root.querySelectorAll<HTMLElement>('details:not([open]) > summary')].find((s) =>
        s.checkVisibility(),
      );
      if (!closed) break;
      closed.click();
    }
    expect(visible()).to.equal(24);
    // No control that needs the script was written: no button, and the contents are text, not links.
    expect([...root.querySelectorAll('button')].filter((b) => b.checkVisibility())).to.have.length(0);
  });

  it('is taken over by the script with no visible change and no layout shift, and works', async () => {
    const { win, doc, panel } = await open(['--audience', 'families', '--limit', '3'], true);
    await win.customElements.whenDefined('partnership-panel');
    await panel.updateComplete;
    const before = seen(doc, panel);
    const shifts: PerformanceEntry[] = [];
    if ('LayoutShift' in win)
      new win.PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({
        type: 'layout-shift',
        buffered: true,
      });
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    expect(seen(doc, panel)).to.deep.equal(before);
    expect(
      shifts.filter((s) => (s as PerformanceEntry & { hadRecentInput: boolean }).hadRecentInput === false),
    ).to.have.length(0);
    await toggled(
      panel as Element & { updateComplete: Promise<unknown> },
      panel.shadowRoot!.querySelector('summary[part~="more"]')!,
    );
    expect(
      [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tip"]')].filter((t) => t.checkVisibility()),
    ).to.have.length(10);
    expect(win.__csp.violations).to.deep.equal([]);
    expect(win.__csp.errors).to.deep.equal([]);
  });
});
