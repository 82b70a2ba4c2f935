// A panel rendered on a server (declarative shadow DOM, as @lit-labs/ssr writes it from the library
// build): the whole styled panel shows before and without JavaScript, and when the one-tag bundle
// arrives (it has no hydration support) the element renders it again in the same task, so nothing
// visible changes and nothing moves. The prerendered snippet's own script keeps the server's nodes
// instead (test/prerendered.test.ts).
import { expect } from '@open-wc/testing';
import { BUNDLE, toggled } from './helpers.js';

type Panel = HTMLElement & { updateComplete: Promise<unknown> };

async function serverRendered(attributes: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.src = `/__test/server-rendered.html?attributes=${encodeURIComponent(attributes)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const panel = doc.querySelector('partnership-panel') as Panel;
  return { win, doc, panel };
}

/** What a reader sees: the card's text, and where the card and the paragraph after it are. */
function seen(doc: Document, panel: Element) {
  const card = panel.shadowRoot!.querySelector('[part~="panel"]')!;
  const box = (el: Element) => JSON.stringify(el.getBoundingClientRect());
  return {
    text: card.textContent!.replace(/\s+/g, ' ').trim(),
    card: box(card),
    below: box(doc.querySelector('#below')!),
    tips: [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tip"]')].filter((t) => t.checkVisibility())
      .length,
  };
}

const frames = (win: Window) => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));

async function loadBundle(doc: Document, panel: Panel) {
  const script = doc.createElement('script');
  script.src = BUNDLE;
  const ran = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await ran;
  await panel.updateComplete;
}

describe('a server-rendered panel', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the whole styled panel without JavaScript', async () => {
    const { win, doc, panel } = await serverRendered('');
    expect(win.customElements.get('partnership-panel')).to.equal(undefined);
    expect(panel.shadowRoot, 'a declarative shadow root').to.not.equal(null);
    const before = seen(doc, panel);
    expect(before.tips).to.equal(24);
    expect(JSON.parse(before.card).height).to.be.greaterThan(1000);
    const band = getComputedStyle(panel.shadowRoot!.querySelector('[part~="header"]')!).backgroundColor;
    expect(band, 'styled: the header band has its colour').to.equal('rgb(11, 92, 173)');
  });

  it('is rendered again by the script with no visible change, and is interactive', async () => {
    const { win, doc, panel } = await serverRendered('audience="families" lang="es" limit="3"');
    const before = seen(doc, panel);
    expect(before.tips).to.equal(3);
    const shifts: PerformanceEntry[] = [];
    if ('LayoutShift' in win)
      new win.PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({ type: 'layout-shift' });
    await loadBundle(doc, panel);
    expect(seen(doc, panel)).to.deep.equal(before);
    await frames(win);
    expect(shifts, 'layout shifts after the script ran').to.have.length(0);
    await toggled(
      panel as Element & { updateComplete: Promise<unknown> },
      panel.shadowRoot!.querySelector('summary[part~="more"]')!,
    );
    expect(seen(doc, panel).tips).to.equal(10);
  });
});
