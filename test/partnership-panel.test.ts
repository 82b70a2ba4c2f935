import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PartnershipPanel } from '../src/partnership-panel/partnership-panel.js';
import { firstSentence, introduction } from '../src/core/content.js';
import { factSheetTips } from './fixtures/fact-sheet.js';
import { allTips, captureWarnings, english, headings, renderedTips, spanish, textOf } from './helpers.js';

describe('<partnership-panel>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('shows every tip of the fact sheet, word for word', async () => {
    const sheet = await (await fetch('/test/fixtures/fact-sheet.txt')).text();
    const expected = factSheetTips(sheet).flatMap((list) => list.tips);
    expect(expected).to.have.length(24);
    const el = await fixture<PartnershipPanel>(html`<partnership-panel></partnership-panel>`);
    expect(renderedTips(el)).to.deep.equal(expected);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows the headline, title, introduction, closing line, resources and footer', async () => {
    const el = await fixture<PartnershipPanel>(html`<partnership-panel></partnership-panel>`);
    const text = textOf(el);
    for (const part of [
      english.title,
      english.headline,
      english.closing,
      ...english.resources.items.flatMap((r) => [r.name, r.description!, r.phone!]),
      english.publisher.contact,
      english.published.label,
      english.disclaimer,
      'Vermont Family Network',
    ])
      expect(text).to.include(part);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-07');
  });

  it('leads with the introduction\'s first sentence and its last, which says what follows, and keeps the rest under a native "Read more"', async () => {
    const el = await fixture<PartnershipPanel>(html`<partnership-panel></partnership-panel>`);
    const intro = el.shadowRoot!.querySelector('[part~="introduction"]')!;
    const summary = intro.querySelector('.summary')!;
    const more = intro.querySelector('details')!;
    const opening = 'Families and professionals must team up to meet the needs of children.';
    const closing =
      'Here are some ways for professionals and families to overcome some of the most common barriers to successful partnerships.';
    expect(summary.textContent).to.equal(`${opening} ${closing}`);
    expect(more.open).to.equal(false);
    expect(more.querySelector('summary')!.textContent!.trim()).to.equal('Read more');
    const rest = [...more.querySelectorAll('p')].map((p) => p.textContent);
    // Nothing of the introduction is lost: its sentences are all there, word for word, in its order.
    expect([opening, ...rest, closing].join(' ')).to.equal(english.introduction.join(' '));
    // (A closed details' content still has a size in some engines: checkVisibility says whether it shows.)
    expect(summary.checkVisibility()).to.equal(true);
    expect(more.querySelector('p')!.checkVisibility()).to.equal(false);
    more.querySelector('summary')!.click();
    expect(more.querySelector('p')!.checkVisibility()).to.equal(true);
  });

  for (const lang of ['es', 'en-GB']) {
    it(`splits the introduction the same way in lang="${lang}", losing nothing`, async () => {
      const el = await fixture<PartnershipPanel>(html`<partnership-panel lang=${lang}></partnership-panel>`);
      const content = lang === 'es' ? spanish : english;
      const summary = el.shadowRoot!.querySelector('.summary')!.textContent!;
      const rest = [...el.shadowRoot!.querySelectorAll('details p')].map((p) => p.textContent);
      const opening = firstSentence(summary);
      const closing = summary.slice(opening.length).trim();
      expect(content.introduction[0].startsWith(opening)).to.equal(true);
      expect(content.introduction.at(-1)!.endsWith(closing)).to.equal(true);
      expect([opening, ...rest, closing].join(' ')).to.equal(content.introduction.join(' '));
    });
  }

  it('finds the first sentence past abbreviations, in any script', () => {
    expect(firstSentence('The U.S. Department of Education funds centers. Call one.')).to.equal(
      'The U.S. Department of Education funds centers.',
    );
    expect(firstSentence('Ask Dr. Lee, e.g. at a visit, about it. Then more.')).to.equal(
      'Ask Dr. Lee, e.g. at a visit, about it.',
    );
    expect(firstSentence('家庭和专业人员必须携手合作。良好的沟通很重要。')).to.equal('家庭和专业人员必须携手合作。');
    expect(firstSentence('Is it working? Ask them.')).to.equal('Is it working?');
    expect(firstSentence('No sentence end here')).to.equal('No sentence end here');
    expect(introduction({ ...english, introduction: ['One sentence only.'] })).to.deep.equal([
      'One sentence only.',
      [],
    ]);
    // The summary joins the first sentence and the last: with no space after a CJK full stop.
    expect(introduction({ ...english, introduction: ['第一句。中间。', '最后一句。'] })).to.deep.equal([
      '第一句。最后一句。',
      ['中间。'],
    ]);
  });

  it('gives every element in its shadow root a different id', async () => {
    for (const markup of [
      html`<partnership-panel limit="2" tip-of-the-day></partnership-panel>`,
      html`<partnership-panel layout="accordion" limit="3"
        ><partnership-resource name="Nurse" phone="802-555-0100"></partnership-resource
      ></partnership-panel>`,
    ]) {
      const el = await fixture<PartnershipPanel>(markup);
      const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
      expect(ids.length).to.be.above(10);
      expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
      for (const ref of el.shadowRoot!.querySelectorAll('[aria-controls], [aria-describedby], [aria-labelledby]'))
        for (const attribute of ['aria-controls', 'aria-describedby', 'aria-labelledby'])
          if (ref.hasAttribute(attribute))
            expect(el.shadowRoot!.getElementById(ref.getAttribute(attribute)!), attribute).not.to.equal(null);
    }
  });

  it("counts each section's tips in its heading", async () => {
    const el = await fixture<PartnershipPanel>(html`<partnership-panel></partnership-panel>`);
    expect(headings(el).map((h) => h.text)).to.include.members([
      'Build Trust 10 tips',
      'Transportation and Child Care 4 tips',
      'Family Engagement: What Families Can Do 10 tips',
    ]);
    const es = await fixture<PartnershipPanel>(html`<partnership-panel lang="es"></partnership-panel>`);
    expect(headings(es).map((h) => h.text)).to.include('Transporte y cuidado de niños 4 consejos');
  });

  it('has the three sections under their stable ids', async () => {
    const el = await fixture<PartnershipPanel>(html`<partnership-panel></partnership-panel>`);
    const ids = [...el.shadowRoot!.querySelectorAll('section[id]')].map((s) => s.id);
    expect(ids).to.deep.equal(['build-trust', 'transportation-child-care', 'families-can-do']);
    expect(el.shadowRoot!.querySelectorAll('#build-trust [part~="tip"]')).to.have.length(10);
    expect(el.shadowRoot!.querySelectorAll('#transportation-child-care [part~="tip"]')).to.have.length(4);
    expect(el.shadowRoot!.querySelectorAll('#families-can-do [part~="tip"]')).to.have.length(10);
  });

  it('links every phone number with tel: and says who is called', async () => {
    const el = await fixture<PartnershipPanel>(html`<partnership-panel></partnership-panel>`);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => [
      a.getAttribute('href'),
      a.textContent!.trim(),
      a.getAttribute('aria-label') ?? el.shadowRoot!.getElementById(a.getAttribute('aria-describedby')!)!.textContent,
    ]);
    expect(links).to.deep.equal([
      ['tel:5413594210', 'Call 541-359-4210', english.resources.items[0].name],
      ['tel:5025841133', 'Call 502-584-1133', english.resources.items[1].name],
      ['tel:8028765325', '802-876-5325', 'Call Vermont Family Network, 802-876-5325'],
    ]);
  });

  it('makes each resource a card with its name as a heading, what it does, and a call button at least 44 px tall', async () => {
    const el = await fixture<PartnershipPanel>(html`<partnership-panel></partnership-panel>`);
    const cards = [...el.shadowRoot!.querySelectorAll('[part~="resource"]')];
    expect(cards).to.have.length(2);
    for (const [i, card] of cards.entries()) {
      const r = english.resources.items[i];
      expect(card.querySelector('h1, h2, h3, h4, h5, h6')!.textContent).to.equal(r.name);
      expect(card.querySelector('[part~="resource-description"]')!.textContent).to.equal(r.description);
      const call = card.querySelector<HTMLAnchorElement>('[part~="call"]')!;
      expect(call.textContent).to.equal(`Call ${r.phone}`);
      const box = call.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    }
  });

  it('is accessible', async () => {
    const el = await fixture(html`<partnership-panel></partnership-panel>`);
    await expect(el).to.be.accessible();
  });

  describe('heading and heading-level', () => {
    it('starts at level 2, one level deeper inside', async () => {
      const el = await fixture(html`<partnership-panel></partnership-panel>`);
      // Title; professionals, their two sections; families; resources, and each resource's name.
      expect(headings(el).map((h) => h.level)).to.deep.equal([2, 3, 4, 4, 3, 3, 4, 4]);
      expect(headings(el)[0].text).to.equal('Building Winning Partnerships');
    });

    it('takes the editor heading text', async () => {
      const el = await fixture(html`<partnership-panel heading="Partnering with our school"></partnership-panel>`);
      expect(headings(el)[0].text).to.equal('Partnering with our school');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('uses the fact sheet title when the heading is blank', async () => {
      const el = await fixture(html`<partnership-panel heading="   "></partnership-panel>`);
      expect(headings(el)[0].text).to.equal('Building Winning Partnerships');
    });

    it('shows markup in the heading as text', async () => {
      const el = await fixture(html`<partnership-panel heading="<img src=x onerror=alert(1)>"></partnership-panel>`);
      expect(headings(el)[0].text).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('shows every character the markup escapes as itself, in text and in attributes', async () => {
      const tricky = `a & b < c > d " e ' f \r g &amp; &#39; <!-- h`;
      const el = await fixture(html`<partnership-panel heading=${tricky}>
        <partnership-resource name=${tricky} description=${tricky} href="https://example.org/?q=&quot;'&amp;<>" phone="802-555-0100"></partnership-resource>
      </partnership-panel>`);
      await (el as PartnershipPanel).updateComplete;
      expect(headings(el)[0].text).to.equal(tricky);
      const mine = [...el.shadowRoot!.querySelectorAll('[part~="resource"]')].at(-1)!;
      expect(mine.querySelector('[part~="resource-name"]')!.textContent).to.equal(tricky);
      expect(mine.querySelector('.resource-description')!.textContent).to.equal(tricky);
      expect(mine.querySelector('[part~="website"]')!.getAttribute('href')).to.equal(
        new URL(`https://example.org/?q="'&<>`).href,
      );
      expect(mine.querySelector('[part~="call"]')!.textContent).to.equal('Call 802-555-0100');
    });

    for (const [level, expected] of [
      ['1', [1, 2, 3, 3, 2, 2, 3, 3]],
      ['4', [4, 5, 6, 6, 5, 5, 6, 6]],
      ['5', [5, 6, 6, 6, 6, 6, 6, 6]],
      ['6', [6, 6, 6, 6, 6, 6, 6, 6]],
    ] as const) {
      it(`heading-level="${level}" gives levels ${expected.join(', ')}, never past 6`, async () => {
        const el = await fixture(html`<partnership-panel heading-level=${level}></partnership-panel>`);
        expect(headings(el).map((h) => h.level)).to.deep.equal(expected);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    for (const bad of ['0', '7', '2.5', 'h3', '', '-1', '99999999999999999999']) {
      it(`heading-level="${bad}" warns and keeps level 2`, async () => {
        const el = await fixture(html`<partnership-panel heading-level=${bad}></partnership-panel>`);
        expect(headings(el)[0].level).to.equal(2);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0])
          .to.include('<partnership-panel>')
          .and.include('heading-level')
          .and.include(`"${bad}"`)
          .and.include('1 to 6');
      });
    }

    it('follows heading-level changed at run time', async () => {
      const el = await fixture<PartnershipPanel>(html`<partnership-panel></partnership-panel>`);
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(headings(el)[0].level).to.equal(3);
    });
  });

  describe('audience', () => {
    it('families shows what families can do only', async () => {
      const el = await fixture(html`<partnership-panel audience="families"></partnership-panel>`);
      expect(renderedTips(el)).to.deep.equal(english.audiences[1].sections[0].tips);
      expect(textOf(el)).not.to.include('What Professionals Can Do');
      await expect(el).to.be.accessible();
    });

    it('professionals shows both professional sections only', async () => {
      const el = await fixture(html`<partnership-panel audience="professionals"></partnership-panel>`);
      expect(renderedTips(el)).to.have.length(14);
      expect(el.shadowRoot!.querySelector('#families-can-do')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is read case-insensitively, as CMSs sometimes capitalise', async () => {
      const el = await fixture(html`<partnership-panel audience=" Families "></partnership-panel>`);
      expect(renderedTips(el)).to.have.length(10);
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const bad of ['parents', '', 'families,professionals', '<b>x</b>']) {
      it(`audience=${JSON.stringify(bad)} warns and shows everyone's tips`, async () => {
        const el = await fixture(html`<partnership-panel audience=${bad}></partnership-panel>`);
        expect(renderedTips(el)).to.deep.equal(allTips(english));
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.include('audience').and.include('all, families, professionals');
      });
    }
  });

  describe('sections', () => {
    it('shows the listed sections, separated by commas or spaces', async () => {
      const el = await fixture(
        html`<partnership-panel sections="transportation-child-care, families-can-do"></partnership-panel>`,
      );
      expect([...el.shadowRoot!.querySelectorAll('section[id]')].map((s) => s.id)).to.deep.equal([
        'transportation-child-care',
        'families-can-do',
      ]);
      const spaced = await fixture(
        html`<partnership-panel sections="build-trust   families-can-do"></partnership-panel>`,
      );
      expect(renderedTips(spaced)).to.have.length(20);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('ignores unknown ids with a warning and keeps the known ones', async () => {
      const el = await fixture(html`<partnership-panel sections="build-trust,homework"></partnership-panel>`);
      expect(renderedTips(el)).to.deep.equal(english.audiences[0].sections[0].tips);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.include('sections')
        .and.include('"homework"')
        .and.include('build-trust, transportation-child-care, families-can-do');
    });

    it('shows every section when no id is known', async () => {
      const el = await fixture(html`<partnership-panel sections="homework"></partnership-panel>`);
      expect(renderedTips(el)).to.have.length(24);
      expect(warnings.messages).to.have.length(1);
    });

    it('with an audience that has none of the sections, shows that audience whole and warns', async () => {
      const el = await fixture(
        html`<partnership-panel audience="families" sections="build-trust"></partnership-panel>`,
      );
      expect(renderedTips(el)).to.have.length(10);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('families-can-do');
    });
  });

  describe('no-resources', () => {
    it('leaves the resource list out but keeps the publisher contact', async () => {
      const el = await fixture(html`<partnership-panel no-resources></partnership-panel>`);
      expect(el.shadowRoot!.querySelector('[part~="resources"]')).to.equal(null);
      expect(textOf(el)).not.to.include('CADRE');
      expect(textOf(el)).to.include('802-876-5325');
      await expect(el).to.be.accessible();
    });
  });
});
