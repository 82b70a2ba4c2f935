// A page with many panels, as an editor might build a long resource page: while the page loads, the
// first renders are paced (src/internal/base.ts), so that their layout is spread over tasks; once it
// has loaded, every render is immediate. Each case loads the one-tag bundle in a fresh iframe.
import { expect } from '@open-wc/testing';
import { BUNDLE, bundlePage as page } from './helpers.js';

type Panel = HTMLElement & { updateComplete: Promise<unknown> };
const tipCount = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="tip"]').length;
const PANELS = 12;

describe('a page with many panels', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the first three at once, the rest in later tasks, and every one in the end', async () => {
    // A budget of 0 ms makes every first render after the third wait for a task of its own.
    const { doc, win } = await page(
      `<script src="${BUNDLE}"></script>
       <script>customElements.get('partnership-panel').loadingBudget = 0;</script>
       ${'<partnership-panel></partnership-panel>'.repeat(PANELS)}
       <script>
         window.whileParsing = [...document.querySelectorAll('partnership-panel')].map(
           (p) => p.shadowRoot.querySelectorAll('[part~="tip"]').length,
         );
       </script>`,
    );
    const seen = (win as unknown as { whileParsing: number[] }).whileParsing;
    expect(seen.slice(0, 3), 'the first three, rendered as the parser met them').to.deep.equal([24, 24, 24]);
    expect(seen.at(-1), 'the last, not yet rendered when the parser reached the end').to.equal(0);
    const panels = [...doc.querySelectorAll<Panel>('partnership-panel')];
    await Promise.all(panels.map((p) => p.updateComplete));
    expect(panels.map(tipCount)).to.deep.equal(Array(PANELS).fill(24));
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('renders panels added after the page has loaded at once, in the same task', async () => {
    const { doc, win } = await page(`<script src="${BUNDLE}"></script>`);
    const Panel = win.customElements.get('partnership-panel') as unknown as { loadingBudget: number };
    Panel.loadingBudget = 0;
    let taskEnded = false;
    setTimeout(() => (taskEnded = true));
    const panels = Array.from({ length: PANELS }, () => doc.createElement('partnership-panel') as Panel);
    doc.body.append(...panels);
    await Promise.all(panels.map((p) => p.updateComplete));
    expect(taskEnded, 'rendered before any other task ran').to.equal(false);
    expect(panels.map(tipCount)).to.deep.equal(Array(PANELS).fill(24));
  });
});
