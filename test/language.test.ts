import { expect, fixture, html } from '@open-wc/testing';
import '../dist/partnership-panel.js';
import es from '../content/es.json' with { type: 'json' };
import type { Content } from '../src/core/content.js';
import { allTips, captureWarnings, english, headings, placeFixture, renderedTips } from './helpers.js';

const spanish = es as Content;

/** No sentence of the English content left in the rendered text, but for what is marked as English. */
function noEnglishLeft(el: Element) {
  const card = el.shadowRoot!.querySelector('[part~="panel"]')!.cloneNode(true) as Element;
  for (const marked of card.querySelectorAll('[lang="en"]')) marked.remove();
  const text = card.textContent!.replace(/\s+/g, ' ');
  const english_ = [
    english.title,
    english.headline,
    ...english.introduction,
    ...allTips(english),
    english.closing,
    english.disclaimer,
    english.labels.showAll,
    english.labels.readMore,
    'Call ',
    ' tips',
  ];
  return english_.filter((s) => text.includes(s));
}

describe('languages', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    document.documentElement.lang = 'en';
  });

  it('lang="es" on the element shows the Spanish content, with no English left', async () => {
    const el = await fixture(html`<partnership-panel lang="es"></partnership-panel>`);
    expect(renderedTips(el)).to.deep.equal(allTips(spanish));
    expect(headings(el)[0].text).to.equal(spanish.title);
    expect(noEnglishLeft(el)).to.deep.equal([]);
    const call = el.shadowRoot!.querySelector('a[href^="tel:"]')!.textContent;
    expect(call).to.equal('Llamar al 541-359-4210');
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Leer más');
    expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.equal('10 consejos');
    expect(el.shadowRoot!.querySelector('.panel')!.getAttribute('lang')).to.equal('es');
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it("takes the nearest ancestor's lang", async () => {
    const wrap = await placeFixture(
      html`<div lang="es">
        <section><partnership-tips audience="families"></partnership-tips></section>
      </div>`,
    );
    const el = wrap.querySelector('partnership-tips')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(renderedTips(el)).to.deep.equal(spanish.audiences[1].sections[0].tips);
  });

  it("takes the page's language when nothing nearer says", async () => {
    document.documentElement.lang = 'es';
    const el = await fixture(html`<partnership-resources></partnership-resources>`);
    expect(headings(el)[0].text).to.equal(spanish.resources.heading);
  });

  it('uses es for es-MX and es-419', async () => {
    for (const lang of ['es-MX', 'es-419', 'ES']) {
      const el = await fixture(html`<partnership-tips lang=${lang}></partnership-tips>`);
      expect(renderedTips(el)).to.deep.equal(allTips(spanish));
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('falls back to English for a language it does not have, with one warning naming those there are', async () => {
    const el = await fixture(html`<partnership-panel lang="pt-BR"></partnership-panel>`);
    expect(renderedTips(el)).to.deep.equal(allTips(english));
    expect(el.shadowRoot!.querySelector('.panel')!.getAttribute('lang')).to.equal('en');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('"pt-BR"').and.include('en, es');
  });

  it('shows two panels in two languages on one page', async () => {
    const wrap = await placeFixture(
      html`<div><partnership-tips lang="en"></partnership-tips><partnership-tips lang="es"></partnership-tips></div>`,
    );
    const [a, b] = wrap.querySelectorAll('partnership-tips');
    await Promise.all([a, b].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    expect(renderedTips(a)).to.deep.equal(allTips(english));
    expect(renderedTips(b)).to.deep.equal(allTips(spanish));
  });

  it('follows lang changed at run time', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<partnership-tips></partnership-tips>`,
    );
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(renderedTips(el)).to.deep.equal(allTips(spanish));
  });

  it('reads left to right in English, even on a right-to-left page', async () => {
    const wrap = await placeFixture(
      html`<div dir="rtl" style="width: 500px"><partnership-tips></partnership-tips></div>`,
    );
    const el = wrap.querySelector('partnership-tips')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const tip = el.shadowRoot!.querySelector('[part~="tip"]')!;
    expect(getComputedStyle(tip).direction).to.equal('ltr');
    expect(parseFloat(getComputedStyle(tip).paddingLeft)).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
