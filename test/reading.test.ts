// Reading the panel as a family would: a contents list that leads to each section and to the help,
// the families' tips first where the editor asks, headings of one level that look alike in every
// layout, and a reader's own text spacing reaching every line.
import { expect, fixture, html } from '@open-wc/testing';
import '../dist/partnership-panel.js';
import { captureWarnings, isOpen } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const entries = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="contents"] a')];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('reading', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('contents', () => {
    it('names each shown section with its tip count, then the resources, above the sections', async () => {
      const el = await fixture<El>(html`<partnership-panel></partnership-panel>`);
      const nav = el.shadowRoot!.querySelector('[part~="contents"]')!;
      expect(text(nav.querySelector('.contents-label')!)).to.equal('On this page');
      expect([...nav.querySelectorAll('li')].map(text)).to.deep.equal([
        'Build Trust 10 tips',
        'Transportation and Child Care 4 tips',
        'Family Engagement: What Families Can Do 10 tips',
        'Resources',
      ]);
      // Before the first section's heading, in reading order.
      const first = el.shadowRoot!.querySelector('[part~="audience"]')!;
      expect(nav.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();
    });

    for (const [tag, markup] of [
      ['partnership-panel', html`<partnership-panel style="display:block"></partnership-panel>`],
      ['partnership-tips', html`<partnership-tips></partnership-tips>`],
      ['partnership-resources', html`<partnership-resources></partnership-resources>`],
    ] as const)
      it(`<${tag}>: each entry brings its heading into view and moves the focus there`, async () => {
        const page = await fixture<HTMLElement>(html`<div style="height: 300px; overflow: auto">${markup}</div>`);
        const el = page.firstElementChild as El;
        await el.updateComplete;
        const links = entries(el);
        expect(links.length).to.be.at.least(2);
        for (const link of [...links].reverse()) {
          link.click();
          await frame();
          const target = el.shadowRoot!.getElementById(link.hash.slice(1))!;
          expect(el.shadowRoot!.activeElement, `focus on ${link.hash}`).to.equal(target);
          const box = target.getBoundingClientRect();
          const view = page.getBoundingClientRect();
          expect(box.top >= view.top - 1 && box.top < view.bottom, `${link.hash} in view`).to.equal(true);
          expect(location.hash, 'the page address is left alone').to.equal('');
        }
        expect(warnings.messages).to.deep.equal([]);
      });

    it('in the accordion, an entry opens its section and focuses its summary', async () => {
      const el = await fixture<El>(html`<partnership-panel layout="accordion"></partnership-panel>`);
      const events: unknown[] = [];
      el.addEventListener('partnership-toggle', (e) => events.push((e as CustomEvent).detail));
      entries(el)[1].click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector('#transportation-child-care summary')!;
      expect(isOpen(summary)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(events).to.deep.equal([{ section: 'transportation-child-care', control: 'section', open: true }]);
    });

    it('no-contents leaves it out; the tip of the day, whose sections are folded, has none', async () => {
      const none = await fixture<El>(html`<partnership-panel no-contents></partnership-panel>`);
      expect(none.shadowRoot!.querySelector('[part~="contents"]')).to.equal(null);
      const today = await fixture<El>(html`<partnership-panel tip-of-the-day></partnership-panel>`);
      expect(today.shadowRoot!.querySelector('[part~="contents"]')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('a family reaches a phone number in one step from the top: the resources entry', async () => {
      const el = await fixture<El>(html`<partnership-panel></partnership-panel>`);
      const help = entries(el).at(-1)!;
      help.click();
      await frame();
      const resources = el.shadowRoot!.querySelector('[part~="resources"]')!;
      expect(resources.contains(el.shadowRoot!.activeElement)).to.equal(true);
      expect(resources.querySelector('a[href^="tel:"]')).not.to.equal(null);
    });
  });

  describe('families first', () => {
    it("families-first puts the families' tips, and their contents entry, first", async () => {
      const el = await fixture<El>(html`<partnership-panel families-first></partnership-panel>`);
      const groups = [...el.shadowRoot!.querySelectorAll('[part~="audience"]')];
      expect(groups.map((g) => g.classList.contains('families'))).to.deep.equal([true, false]);
      expect(text(entries(el)[0])).to.equal('Family Engagement: What Families Can Do');
      const tips = await fixture<El>(html`<partnership-tips families-first layout="cards"></partnership-tips>`);
      expect(tips.shadowRoot!.querySelector('[part~="audience"]')!.classList.contains('families')).to.equal(true);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('headings', () => {
    for (const layout of ['list', 'accordion', 'cards', 'compact'])
      it(`layout="${layout}": every heading of one level looks alike, the families' group heading among them`, async () => {
        const el = await fixture<El>(html`<partnership-panel layout=${layout} limit="2"></partnership-panel>`);
        const byLevel = new Map<string, Set<string>>();
        for (const h of el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
          const s = getComputedStyle(h);
          const look = `${s.fontSize} ${s.fontWeight} ${s.borderBottomWidth}`;
          byLevel.set(h.localName, new Set([...(byLevel.get(h.localName) ?? []), look]));
        }
        for (const [level, looks] of byLevel) expect([...looks], level).to.have.length(1);
        expect([...byLevel.keys()].sort()).to.deep.equal(['h2', 'h3', 'h4']);
        // The families' group has its heading at the professionals' level.
        const families = el.shadowRoot!.querySelector('[part~="audience"].families > :is(h1, h2, h3, h4, h5, h6)');
        expect(families?.localName).to.equal('h3');
        // And a level down is smaller: the size steps down with the level.
        const size = (tag: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(tag)!).fontSize);
        expect(size('h2')).to.be.greaterThan(size('h3'));
        expect(size('h3')).to.be.greaterThan(size('h4'));
      });
  });

  describe("a reader's text spacing", () => {
    it('line height, letter and word spacing set on the element reach headings, buttons and summaries; paragraph spacing through --partnership-paragraph-spacing', async () => {
      const el = await fixture<El>(
        html`<partnership-panel
          layout="accordion"
          limit="2"
          style="line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em; --partnership-paragraph-spacing: 2em"
        ></partnership-panel>`,
      );
      const root = el.shadowRoot!;
      for (const selector of ['h2', 'h3', 'h4', 'p', 'li', 'summary', 'button.sections-control', 'a']) {
        const node = root.querySelector(selector)!;
        const s = getComputedStyle(node);
        const size = parseFloat(s.fontSize);
        expect(parseFloat(s.lineHeight) / size, `${selector} line height`).to.be.closeTo(1.5, 0.01);
        expect(parseFloat(s.letterSpacing), `${selector} letter spacing`).to.be.greaterThan(0);
        expect(parseFloat(s.wordSpacing), `${selector} word spacing`).to.be.greaterThan(0);
      }
      const p = getComputedStyle(root.querySelector('.summary')!);
      expect(parseFloat(p.marginBottom) / parseFloat(p.fontSize)).to.be.closeTo(2, 0.01);
    });
  });
});
