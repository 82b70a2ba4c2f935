// The built one-tag bundle (dist/partnership-panel.js, made by `npm run build`) loaded as an editor would
// load it: each case is a fresh page in an iframe, so each has its own custom element registry.
import { expect } from '@open-wc/testing';
import { BUNDLE, bundlePage as page, type BundlePage as Page } from './helpers.js';

const tipCount = (el: Element | null) => el!.shadowRoot!.querySelectorAll('[part~="tip"]').length;

describe('the one-tag bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('works from a classic <script src> placed before the element', async () => {
    const { doc, win } = await page(`<script src="${BUNDLE}"></script><partnership-panel></partnership-panel>`);
    expect(tipCount(doc.querySelector('partnership-panel'))).to.equal(24);
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('works from a classic <script src> placed after the elements', async () => {
    const { doc, win } = await page(
      `<partnership-panel></partnership-panel><partnership-tips audience="families"></partnership-tips>` +
        `<partnership-resources></partnership-resources><script src="${BUNDLE}"></script>`,
    );
    expect(tipCount(doc.querySelector('partnership-panel'))).to.equal(24);
    expect(tipCount(doc.querySelector('partnership-tips'))).to.equal(10);
    expect(doc.querySelector('partnership-resources')!.shadowRoot!.querySelectorAll('a[href^="tel:"]')).to.have.length(
      2,
    );
    expect(win.errors).to.deep.equal([]);
  });

  it('shares one stylesheet between the panels of a page', async () => {
    const { doc } = await page(
      `<script src="${BUNDLE}"></script><partnership-panel></partnership-panel><partnership-tips></partnership-tips>` +
        `<partnership-resources></partnership-resources><partnership-panel lang="es"></partnership-panel>`,
    );
    const sheets = [...doc.querySelectorAll('partnership-panel, partnership-tips, partnership-resources')].map(
      (el) => el.shadowRoot!.adoptedStyleSheets,
    );
    expect(sheets.map((s) => s.length)).to.deep.equal([1, 1, 1, 1]);
    expect(new Set(sheets.map(([sheet]) => sheet)).size, 'one constructed stylesheet').to.equal(1);
    expect(doc.querySelector('partnership-panel')!.shadowRoot!.querySelector('style, link'), 'no copy').to.equal(null);
  });

  it('works from a <script type="module" src>', async () => {
    const { doc, win } = await page(
      `<script type="module" src="${BUNDLE}"></script><partnership-panel audience="professionals"></partnership-panel>`,
    );
    expect(tipCount(doc.querySelector('partnership-panel'))).to.equal(14);
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('included twice, classic and module, defines each tag once, silently, and renders once', async () => {
    const { doc, win } = await page(
      `<script src="${BUNDLE}"></script><partnership-panel></partnership-panel>` +
        `<script type="module" src="${BUNDLE}"></script><script src="${BUNDLE}"></script>`,
    );
    // The page's load event, which page() waited for, comes after every script, the module one included.
    expect(tipCount(doc.querySelector('partnership-panel'))).to.equal(24);
    expect(doc.querySelector('partnership-panel')!.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('warns once when another version already defined the tags, and leaves them to it', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' '));
        customElements.define('partnership-panel', class extends HTMLElement { static version = '0.0.1-other'; });</script>
      <script src="${BUNDLE}"></script><partnership-panel></partnership-panel></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Page['win'];
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.include('<partnership-panel>').and.include('0.0.1-other');
    expect((win.customElements.get('partnership-panel') as unknown as { version: string }).version).to.equal(
      '0.0.1-other',
    );
    expect(win.document.querySelector('partnership-panel')!.shadowRoot).to.equal(null);
  });

  it('asks for nothing beyond the bundle, and ships Lit in production mode', async () => {
    const { win } = await page(`<script src="${BUNDLE}"></script><partnership-panel></partnership-panel>`);
    const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(requests).to.deep.equal([BUNDLE]);
    expect(win.warnings.join('\n')).not.to.include('dev mode');
  });

  it('exposes every heading, tip and phone link to assistive technology', async () => {
    const { doc } = await page(`<script src="${BUNDLE}"></script><partnership-panel></partnership-panel>`);
    const root = doc.querySelector('partnership-panel')!.shadowRoot!;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    expect(headings.map((h) => h.localName.slice(1))).to.deep.equal(['2', '3', '4', '4', '3', '3', '4', '4']);
    expect([...root.querySelectorAll('li[part~="tip"]')].filter(visible)).to.have.length(24);
    expect(headings.filter(visible)).to.have.length(8);
    expect(root.querySelector('[aria-hidden="true"] [part~="tip"]')).to.equal(null);
  });
});

describe('the pinned bundle with Subresource Integrity', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads with the hash from dist/integrity.json, and not with another', async () => {
    const integrity = await (await fetch('/dist/integrity.json')).json();
    const file = `partnership-panel-${integrity.version}.js`;
    const good = await bundlePageWith(
      `<script src="/dist/${file}" integrity="${integrity[file]}" crossorigin="anonymous"></script><partnership-panel></partnership-panel>`,
    );
    expect(good.customElements.get('partnership-panel')).to.exist;
    const bad = await bundlePageWith(
      `<script src="/dist/${file}" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script><partnership-panel></partnership-panel>`,
    );
    expect(bad.customElements.get('partnership-panel')).to.equal(undefined);
  });
});

/** A page loaded to its load event, without waiting for any element. */
async function bundlePageWith(body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}
