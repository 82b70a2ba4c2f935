import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { captureWarnings, english, headings, renderedTips, textOf } from './helpers.js';

describe('<partnership-resources>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('shows both resources with their phone links, and no tips', async () => {
    const el = await fixture(html`<partnership-resources></partnership-resources>`);
    expect(headings(el)).to.deep.equal([
      { level: 2, text: 'Resources' },
      ...english.resources.items.map((r) => ({ level: 3, text: r.name })),
    ]);
    expect(renderedTips(el)).to.deep.equal([]);
    for (const r of english.resources.items) expect(textOf(el)).to.include(r.name).and.include(r.description!);
    const labels = [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.textContent);
    expect(labels).to.deep.equal(['Call 541-359-4210', 'Call 502-584-1133']);
    await expect(el).to.be.accessible();
  });

  it('takes a heading and a heading level', async () => {
    const el = await fixture(
      html`<partnership-resources heading="Where to get help" heading-level="4"></partnership-resources>`,
    );
    expect(headings(el).map((h) => [h.level, h.text])).to.deep.equal([
      [4, 'Where to get help'],
      [5, english.resources.items[0].name],
      [5, english.resources.items[1].name],
    ]);
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('warns about a bad heading level and uses 2', async () => {
    const el = await fixture(html`<partnership-resources heading-level="high"></partnership-resources>`);
    expect(headings(el)[0].level).to.equal(2);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('<partnership-resources>').and.include('heading-level');
  });
});
