// `partnership-panel render --format prerendered`: the element holding its rendered card as declarative
// shadow DOM, its styles as the stylesheet file beside the bundle, then the script; under the strict CSP.
// Without JavaScript the whole styled panel shows; with it, the element takes over with no visible
// change and no layout shift.
import { toggled } from './helpers.js';
import { expect } from '@open-wc/testing';

type Panel = HTMLElement & { updateComplete: Promise<unknown> };
/** The first panel's nodes, as test/fixtures/before-script.js reads them (before the script ran, and after). */
interface Before {
  card: Element;
  /** Every panel's card. */
  cards: Element[];
  tips: Element[];
  summaries: Element[];
  headings: Element[];
}
type Win = Window &
  typeof globalThis & {
    __csp: { violations: string[]; errors: string[] };
    /** The nodes before the script ran, and a reading of them now (test/fixtures/before-script.js). */
    __before: Before;
    __nodes: () => Before;
  };

interface PageOptions {
  /** The snippet's script tag (default: kept). */
  script?: boolean;
  /** The frame's sandbox: without allow-scripts, a reader whose browser runs no JavaScript at all. */
  sandbox?: string;
  /** Keep the server's nodes, before the script runs, in the frame's __before. */
  before?: boolean;
  /** Change the snippet's text, [from, to], as an editor might after pasting it. */
  edit?: [string, string];
  /** The page's language. */
  lang?: string;
  /** How many times the snippet is pasted on the page. */
  copies?: number;
  /** What test/fixtures/before-script.js does before the script runs, as a reader or a framework might. */
  reader?: 'open-sections' | 'set-layout';
}

async function open(args: string[], { script = true, sandbox, before, edit, lang, copies, reader }: PageOptions = {}) {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const query = new URLSearchParams({ script: script ? '1' : '0', args: JSON.stringify(args) });
  if (before) query.set('before', '1');
  if (edit) query.set('edit', JSON.stringify(edit));
  if (lang) query.set('lang', lang);
  if (copies) query.set('copies', String(copies));
  if (reader) query.set('reader', reader);
  frame.src = `/__test/prerendered.html?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  return {
    win,
    doc,
    panel: doc.querySelector('partnership-panel, partnership-tips, partnership-resources') as Panel,
  };
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
    const { win, doc, panel } = await open(['--lang', 'es'], { script: false });
    expect(win.customElements.get('partnership-panel')).to.equal(undefined);
    expect(panel.shadowRoot!.querySelectorAll('[part~="tip"]')).to.have.length(24);
    expect(await styled(win, panel)).to.equal('rgb(11, 92, 173)');
    expect(JSON.parse(seen(doc, panel).card).height).to.be.greaterThan(1000);
    expect(win.__csp.violations).to.deep.equal([]);
  });

  it('with JavaScript off, every one of the 24 tips of an accordion with limit and tip of the day can be reached', async () => {
    const { win, panel } = await open(['--layout', 'accordion', '--limit', '2', '--tip-of-the-day'], {
      sandbox: 'allow-same-origin',
    });
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
    // No control that needs the script shows: the button is hidden, and the contents' entries have no href.
    expect([...root.querySelectorAll('button')].filter((b) => b.checkVisibility())).to.have.length(0);
    expect(root.querySelectorAll('a.entry[href]')).to.have.length(0);
  });

  it('is taken over by the script with no visible change and no layout shift, and works', async () => {
    const { win, doc, panel } = await open(['--audience', 'families', '--limit', '3']);
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

describe('the script taking over a prerendered card', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const same = (a: Element[], b: Element[]) => a.length === b.length && a.every((node, i) => node === b[i]);

  async function takenOver(win: Win, panel: Panel) {
    await win.customElements.whenDefined(panel.localName);
    await panel.updateComplete;
    return { before: win.__before, after: win.__nodes() };
  }

  it('keeps the very nodes the server wrote when it would render the same card, and makes them work', async () => {
    const { win, panel } = await open(['--lang', 'es', '--layout', 'accordion', '--limit', '3'], { before: true });
    const { before, after } = await takenOver(win, panel);
    expect(before.tips.length, 'the server wrote the tips').to.be.greaterThan(10);
    expect(after.card, 'the card').to.equal(before.card);
    expect(same(after.tips, before.tips), 'every tip').to.equal(true);
    expect(same(after.summaries, before.summaries), 'every disclosure').to.equal(true);
    expect(same(after.headings, before.headings), 'every heading').to.equal(true);
    const root = panel.shadowRoot!;
    // What needs the script works now: the contents' links, "Show all sections" and the element's state.
    const entry = root.querySelector<HTMLAnchorElement>('a.entry')!;
    expect(entry.getAttribute('href')).to.match(/^#.+_heading$/);
    entry.click();
    await panel.updateComplete;
    expect(root.activeElement?.closest('summary'), 'the entry focused its section').to.not.equal(null);
    const control = root.querySelector<HTMLButtonElement>('button.sections-control')!;
    expect(control.checkVisibility(), 'Show all sections').to.equal(true);
    const events: Event[] = [];
    panel.addEventListener('partnership-toggle', (e) => events.push(e));
    control.click();
    await panel.updateComplete;
    expect([...root.querySelectorAll('details.section-details')].every((d) => (d as HTMLDetailsElement).open)).to.equal(
      true,
    );
    expect(events.length, 'partnership-toggle for each section it opened').to.be.greaterThan(0);
    expect(win.__nodes().card, 'still the server card').to.equal(before.card);
    // Lit's hydration hook is not left for another Lit on the page to pick up.
    expect('litElementHydrateSupport' in win, 'the hydration hook is left on the page').to.equal(false);
    expect(win.__csp.violations).to.deep.equal([]);
    expect(win.__csp.errors).to.deep.equal([]);
  });

  it('keeps the first card of a page where the snippet was pasted three times; the later ones, parsed after its script ran, are rendered again, once each', async () => {
    const { win, doc } = await open(['--audience', 'families'], { copies: 3, before: true });
    const panels = [...doc.querySelectorAll('partnership-panel')] as Panel[];
    expect(panels).to.have.length(3);
    await Promise.all(panels.map((p) => p.updateComplete));
    const cards = panels.map((p) => p.shadowRoot!.querySelectorAll('[part~="panel"]'));
    expect(cards[0][0], 'the first card kept').to.equal(win.__before.cards[0]);
    expect(
      cards.map((c) => c.length),
      'one card each',
    ).to.deep.equal([1, 1, 1]);
    for (const panel of panels)
      expect(
        [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tip"]')].filter((t) => t.checkVisibility()),
      ).to.have.length(10);
    // The kept card links the stylesheet file, fetched once; the ones rendered again share one constructed sheet.
    const link = panels[0].shadowRoot!.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
    expect(win.performance.getEntriesByType('resource').filter((e) => e.name === link.href)).to.have.length(1);
    expect(panels[1].shadowRoot!.adoptedStyleSheets[0]).to.equal(panels[2].shadowRoot!.adoptedStyleSheets[0]);
    expect(win.__csp.errors).to.deep.equal([]);
  });

  it('keeps what a reader opened before the script came', async () => {
    const { win, panel } = await open(['--layout', 'accordion'], { before: true, reader: 'open-sections' });
    const { before, after } = await takenOver(win, panel);
    expect(after.card).to.equal(before.card);
    const root = panel.shadowRoot!;
    const control = root.querySelector<HTMLButtonElement>('button.sections-control')!;
    expect(control.getAttribute('aria-expanded'), 'every section is open, and the button says so').to.equal('true');
    control.click();
    await panel.updateComplete;
    expect([...root.querySelectorAll<HTMLDetailsElement>('details.section-details')].some((d) => d.open)).to.equal(
      false,
    );
    expect(control.getAttribute('aria-expanded')).to.equal('false');
  });

  it('applies a property set before the element was defined, once it has taken over the card', async () => {
    const { win, panel } = await open([], { before: true, reader: 'set-layout' });
    const { before, after } = await takenOver(win, panel);
    expect(after.card, 'the card').to.equal(before.card);
    expect(panel.shadowRoot!.querySelectorAll('details.section-details'), 'the accordion').to.have.length(3);
    expect(win.__csp.errors).to.deep.equal([]);
  });

  for (const [element, tag] of [
    ['tips', 'partnership-tips'],
    ['resources', 'partnership-resources'],
  ])
    it(`keeps the card of <${tag}> too`, async () => {
      const { win, panel } = await open(['--element', element, '--lang', 'es'], { before: true });
      expect(panel.localName).to.equal(tag);
      const { before, after } = await takenOver(win, panel);
      expect(after.card).to.equal(before.card);
      expect(same(after.headings, before.headings), 'every heading').to.equal(true);
      expect(same(after.tips, before.tips), 'every tip').to.equal(true);
      expect(panel.shadowRoot!.querySelector('a.entry')!.hasAttribute('href'), 'the contents work').to.equal(true);
      expect(win.__csp.errors).to.deep.equal([]);
    });

  it('keeps the card with an accent, and gives it the colour the browser reads', async () => {
    const { win, panel } = await open(['--accent', '#7a1f5c'], { before: true });
    const { before, after } = await takenOver(win, panel);
    expect(after.card).to.equal(before.card);
    expect(same(after.tips, before.tips), 'every tip').to.equal(true);
    const band = panel.shadowRoot!.querySelector('[part~="header"]')!;
    expect(win.getComputedStyle(band).backgroundColor).to.equal('rgb(122, 31, 92)');
  });

  it('renders again when the editor changed an attribute of the snippet', async () => {
    const { win, panel } = await open(['--limit', '3'], { before: true, edit: ['limit="3"', 'limit="2"'] });
    const { before, after } = await takenOver(win, panel);
    expect(before.card.isConnected, 'the server card is gone').to.equal(false);
    expect(after.card).to.not.equal(before.card);
    const root = panel.shadowRoot!;
    expect(root.querySelector('#build-trust_tips')!.children, 'the edited limit').to.have.length(2);
    expect(root.querySelectorAll('[part~="panel"]'), 'one card').to.have.length(1);
    expect(win.__csp.errors).to.deep.equal([]);
  });

  it("renders again in the page's language when the server did not know it", async () => {
    const { win, panel } = await open([], { before: true, lang: 'es' });
    const { before, after } = await takenOver(win, panel);
    expect(before.card.getAttribute('lang'), 'the server wrote English').to.equal('en');
    expect(after.card).to.not.equal(before.card);
    expect(after.card.getAttribute('lang')).to.equal('es');
    expect(panel.shadowRoot!.querySelectorAll('[part~="panel"]'), 'one card').to.have.length(1);
    expect(win.__csp.errors).to.deep.equal([]);
  });
});
