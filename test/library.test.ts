// The library build (dist/lib/, made by `npm run build`) in a browser, loaded as ES modules with `lit`
// resolved as a dependency, as an app's bundler or an import map would: the index defines nothing, the
// define entry registers the index's own classes, and the content (JSON turned into JS) renders.
import { expect } from '@open-wc/testing';

const LIB = '/dist/lib/';
const TAGS = ['partnership-panel', 'partnership-tips', 'partnership-resources', 'partnership-resource'];

describe('the library build (dist/lib)', () => {
  it('exports the classes without defining a tag; the define entry registers those same classes', async () => {
    const index = await import(`${LIB}index.js`);
    for (const name of ['PartnershipPanel', 'PartnershipTips', 'PartnershipResources', 'PartnershipResource'])
      expect(index[name], name).to.be.a('function');
    for (const tag of TAGS) expect(customElements.get(tag), `${tag} before the define entry`).to.be.undefined;

    await import(`${LIB}define.js`);
    expect(customElements.get('partnership-panel')).to.equal(index.PartnershipPanel);
    expect(customElements.get('partnership-tips')).to.equal(index.PartnershipTips);
    expect(customElements.get('partnership-resources')).to.equal(index.PartnershipResources);
    expect(customElements.get('partnership-resource')).to.equal(index.PartnershipResource);
  });

  it('renders the built-in content in English and Spanish', async () => {
    await import(`${LIB}define.js`);
    const el = document.createElement('partnership-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('lang', 'es');
    document.body.append(el);
    await el.updateComplete;
    const es = (await import(`${LIB}content/es.json.js`)).default;
    expect(el.shadowRoot!.textContent).to.include(es.title);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Building Winning Partnerships');
    el.remove();
  });
});
