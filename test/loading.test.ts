// A page with many panels, as an editor might build a long resource page. Each element renders in the
// microtask after the parser (or a script) puts it in the page, so a reader never sees an empty card
// wait for a later task. Each case loads the one-tag bundle in a fresh iframe.
import { expect } from '@open-wc/testing';
import { BUNDLE, bundlePage as page } from './helpers.js';

type Panel = HTMLElement & { updateComplete: Promise<unknown> };
const tipCount = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="tip"]').length;
const PANELS = 12;

describe('a page with many panels', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders each panel as the parser meets it, before the next script runs', async () => {
    const { doc, win } = await page(
      `<script src="${BUNDLE}"></script>
       ${'<partnership-panel></partnership-panel>'.repeat(PANELS)}
       <script>
         window.whileParsing = [...document.querySelectorAll('partnership-panel')].map(
           (p) => p.shadowRoot.querySelectorAll('[part~="tip"]').length,
         );
       </script>`,
    );
    const seen = (win as unknown as { whileParsing: number[] }).whileParsing;
    expect(seen).to.deep.equal(Array(PANELS).fill(24));
    expect([...doc.querySelectorAll('partnership-panel')].map(tipCount)).to.deep.equal(Array(PANELS).fill(24));
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('renders panels added after the page has loaded at once, in the same task', async () => {
    const { doc } = await page(`<script src="${BUNDLE}"></script>`);
    let taskEnded = false;
    setTimeout(() => (taskEnded = true));
    const panels = Array.from({ length: PANELS }, () => doc.createElement('partnership-panel') as Panel);
    doc.body.append(...panels);
    await Promise.all(panels.map((p) => p.updateComplete));
    expect(taskEnded, 'rendered before any other task ran').to.equal(false);
    expect(panels.map(tipCount)).to.deep.equal(Array(PANELS).fill(24));
  });
});
