// Mounting from the script tag alone, for CMSs that strip custom elements: the built bundle in fresh pages.
import { expect } from '@open-wc/testing';
import { BUNDLE, bundlePage } from './helpers.js';

const tips = (el: Element | null | undefined) => el!.shadowRoot!.querySelectorAll('[part~="tip"]').length;
/** Every mounted element has rendered (the scripts, module ones too, ran before the load event bundlePage waited for). */
const settle = async (win: Window) => {
  for (const el of win.document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
    'partnership-panel, partnership-tips, partnership-resources',
  ))
    await el.updateComplete;
};

describe('data-mount on the script tag', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('puts the configured panel right where the script stands', async () => {
    const { doc, win } = await bundlePage(
      `<p id="before">Before</p><script src="${BUNDLE}" data-mount="panel" data-audience="families" data-lang="es" data-heading-level="3"></script><p id="after">After</p>`,
    );
    await settle(win);
    const el = doc.querySelector('#before + script + partnership-panel')!;
    expect(el, 'mounted after the script').to.exist;
    expect(el.nextElementSibling!.id).to.equal('after');
    expect([el.getAttribute('audience'), el.getAttribute('lang'), el.getAttribute('heading-level')]).to.deep.equal([
      'families',
      'es',
      '3',
    ]);
    expect(tips(el)).to.equal(10);
    expect(el.shadowRoot!.textContent).to.include('Participación familiar');
    expect(win.warnings).to.deep.equal([]);
  });

  it('mounts tips and resources too', async () => {
    const { doc, win } = await bundlePage(
      `<script src="${BUNDLE}" data-mount="tips" data-layout="accordion" data-sections="build-trust"></script>` +
        `<script src="${BUNDLE}" data-mount="resources" data-heading="Where to get help"></script>`,
    );
    await settle(win);
    const list = doc.querySelector('partnership-tips')!;
    expect(list.shadowRoot!.querySelectorAll('summary.disclosure')).to.have.length(1);
    expect(doc.querySelector('partnership-resources')!.shadowRoot!.textContent).to.include('Where to get help');
    expect(win.errors).to.deep.equal([]);
  });

  it('mounts from a module script, which does not know itself', async () => {
    const { doc, win } = await bundlePage(
      `<div id="slot"><script type="module" src="${BUNDLE}" data-mount="tips" data-audience="professionals"></script></div>`,
    );
    await settle(win);
    const el = doc.querySelector('#slot > script + partnership-tips')!;
    expect(tips(el)).to.equal(14);
  });

  it('from <head>, mounts first in <body>', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><head><script src="${BUNDLE}" data-mount="resources"></script></head><body><p>Page</p></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    expect(frame.contentDocument!.body.firstElementChild!.localName).to.equal('partnership-resources');
  });

  it('warns about an unknown data-mount and mounts a panel', async () => {
    const { doc, win } = await bundlePage(`<script src="${BUNDLE}" data-mount="sidebar"></script>`);
    await settle(win);
    expect(tips(doc.querySelector('partnership-panel'))).to.equal(24);
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.include('data-mount="sidebar"').and.include('panel, tips, resources');
  });

  it('refuses data-* that are not attributes of the element, so none becomes an event handler', async () => {
    const { doc, win } = await bundlePage(
      `<script src="${BUNDLE}" data-mount="panel" data-onclick="window.hacked = 1" data-style="display:none" data-audience="families"></script>`,
    );
    await settle(win);
    const el = doc.querySelector('partnership-panel')!;
    expect(el.hasAttribute('onclick') || el.hasAttribute('style')).to.equal(false);
    expect(el.getAttribute('audience')).to.equal('families');
    expect(win.warnings).to.have.length(2);
    expect(win.warnings[0]).to.include('data-onclick');
    (el as HTMLElement).click();
    expect((win as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('mounts nothing for a script without data-mount', async () => {
    const { doc } = await bundlePage(`<script src="${BUNDLE}" data-audience="families"></script>`);
    expect(doc.querySelectorAll('partnership-panel, partnership-tips, partnership-resources')).to.have.length(0);
  });
});
