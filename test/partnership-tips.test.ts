import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { allTips, captureWarnings, english, headings, renderedTips, textOf } from './helpers.js';

describe('<partnership-tips>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('shows every tip under one heading, and nothing else', async () => {
    const el = await fixture(html`<partnership-tips></partnership-tips>`);
    expect(renderedTips(el)).to.deep.equal(allTips(english));
    expect(headings(el)[0]).to.deep.equal({ level: 2, text: english.labels.tipsHeading });
    expect(textOf(el)).not.to.include('CADRE');
    expect(textOf(el)).not.to.include(english.disclaimer);
    await expect(el).to.be.accessible();
  });

  it('audience="families" shows what families can do', async () => {
    const el = await fixture(html`<partnership-tips audience="families"></partnership-tips>`);
    expect(renderedTips(el)).to.deep.equal(english.audiences[1].sections[0].tips);
    await expect(el).to.be.accessible();
  });

  it('sections and heading-level and heading work as on the panel', async () => {
    const el = await fixture(
      html`<partnership-tips sections="build-trust" heading="How we build trust" heading-level="3"></partnership-tips>`,
    );
    expect(renderedTips(el)).to.have.length(10);
    expect(headings(el)).to.deep.equal([
      { level: 3, text: 'How we build trust' },
      { level: 4, text: english.audiences[0].heading },
      { level: 5, text: 'Build Trust 10 tips' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('warns about a bad audience and shows all tips', async () => {
    const el = await fixture(html`<partnership-tips audience="teachers"></partnership-tips>`);
    expect(renderedTips(el)).to.have.length(24);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('<partnership-tips>').and.include('"teachers"');
  });
});
