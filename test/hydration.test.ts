// An app that renders the elements on its server with @lit-labs/ssr and loads Lit's hydration support
// before Lit, as Lit asks (the README's "Render on the server"): the library build (dist/lib/) keeps the
// server's card, the very same nodes, when it would render the same one, and renders it again when not.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';

type Panel = HTMLElement & { updateComplete: Promise<unknown> };
const LIB = '/dist/lib/';

/** The element of `partnership-panel render --format prerendered ARGS`, without its scripts, not yet in the page. */
async function serverRendered(args: string[]) {
  const query = encodeURIComponent(JSON.stringify(['--format', 'prerendered', '--base', '/dist/', ...args]));
  const snippet = await (await fetch(`/__test/rendered.html?args=${query}`)).text();
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(snippet.slice(0, snippet.indexOf('\n<script')));
  const panel = holder.firstElementChild as Panel;
  const root = panel.shadowRoot!;
  return { panel, card: root.querySelector('[part~="panel"]')!, tips: [...root.querySelectorAll('[part~="tip"]')] };
}

describe("the library build, with Lit's hydration support loaded first", () => {
  before(async () => {
    await import(`${LIB}define.js`);
  });
  afterEach(() => document.querySelectorAll('partnership-panel').forEach((p) => p.remove()));

  it("keeps the server's card and makes it work", async () => {
    const { panel, card, tips } = await serverRendered(['--lang', 'es', '--layout', 'accordion']);
    expect(tips.length, 'the server wrote every tip').to.equal(24);
    document.body.append(panel);
    await panel.updateComplete;
    const root = panel.shadowRoot!;
    expect(root.querySelector('[part~="panel"]')).to.equal(card);
    const now = [...root.querySelectorAll('[part~="tip"]')];
    expect(now.length === tips.length && now.every((tip, i) => tip === tips[i]), 'the same tips').to.equal(true);
    expect(root.querySelector('a.entry')!.getAttribute('href'), 'the contents link').to.equal('#build-trust_heading');
    expect(root.querySelector<HTMLButtonElement>('button.sections-control')!.hidden).to.equal(false);
  });

  it('renders it again when the element asks for something else', async () => {
    const { panel, card } = await serverRendered(['--audience', 'families']);
    panel.setAttribute('audience', 'professionals');
    document.body.append(panel);
    await panel.updateComplete;
    const root = panel.shadowRoot!;
    expect(root.querySelector('[part~="panel"]')).to.not.equal(card);
    expect(root.querySelectorAll('[part~="panel"]')).to.have.length(1);
    expect(root.querySelectorAll('[part~="tip"]')).to.have.length(14);
  });
});
