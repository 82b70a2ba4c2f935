import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../dist/partnership-panel.js';
import type { PartnershipToggleDetail } from '../src/internal/tips-element.js';
import { captureWarnings, disclosures, isOpen, toggled } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const body = (el: Element, id: string) => el.shadowRoot!.getElementById(`${id}_body`)!;
const visible = (node: Element) => node.checkVisibility();

describe('layout', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('accordion', () => {
    it('makes each section a closed native disclosure, its summary holding the section heading', async () => {
      const el = await fixture<El>(html`<partnership-panel layout="accordion"></partnership-panel>`);
      const all = disclosures(el);
      expect(all.map((b) => b.textContent!.trim().replace(/\s+/g, ' '))).to.deep.equal([
        'Build Trust 10 tips',
        'Transportation and Child Care 4 tips',
        'What Families Can Do 10 tips',
      ]);
      for (const b of all) {
        expect(isOpen(b)).to.equal(false);
        expect(visible(b.nextElementSibling!)).to.equal(false);
        expect(b.querySelector('h1, h2, h3, h4, h5, h6')).not.to.equal(null);
      }
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('opens and closes with a click, and tells the page', async () => {
      const el = await fixture<El>(html`<partnership-panel layout="accordion"></partnership-panel>`);
      const [first] = disclosures(el);
      setTimeout(() => first.click());
      const event = await oneEvent(el, 'partnership-toggle');
      expect((event as CustomEvent<PartnershipToggleDetail>).detail).to.deep.equal({
        section: 'build-trust',
        control: 'section',
        open: true,
      });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(isOpen(first)).to.equal(true);
      expect(visible(body(el, 'build-trust'))).to.equal(true);
      await toggled(el, first);
      expect(visible(body(el, 'build-trust'))).to.equal(false);
    });

    it("keeps the families' group heading, as the professionals' has, over its one section", async () => {
      const el = await fixture<El>(html`<partnership-panel layout="accordion"></partnership-panel>`);
      const texts = [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [
        h.localName.slice(1),
        h.textContent!.trim().replace(/\s+/g, ' '),
      ]);
      expect(texts).to.deep.equal([
        ['2', 'Building Winning Partnerships'],
        ['3', 'Family Engagement: What Professionals Can Do'],
        ['4', 'Build Trust 10 tips'],
        ['4', 'Transportation and Child Care 4 tips'],
        ['3', 'Family Engagement: What Families Can Do'],
        ['4', 'What Families Can Do 10 tips'],
        ['3', 'Resources'],
        ['4', 'The Center for Dispute Resolution in Special Education (CADRE)'],
        ['4', 'National Center for Families Learning'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('keeps open the sections the reader opened when the language changes', async () => {
      const el = await fixture<El>(html`<partnership-panel layout="accordion"></partnership-panel>`);
      await toggled(el, disclosures(el)[1]);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(disclosures(el).map(isOpen)).to.deep.equal([false, true, false]);
      expect(visible(body(el, 'transportation-child-care'))).to.equal(true);
    });

    it('opens with Enter and with Space from the keyboard alone', async () => {
      const el = await fixture<El>(html`<partnership-tips layout="accordion"></partnership-tips>`);
      const [first, second] = disclosures(el);
      first.focus();
      await toggled(el, first, () => sendKeys({ press: 'Enter' }));
      expect(isOpen(first)).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(second);
      await toggled(el, second, () => sendKeys({ press: ' ' }));
      expect(isOpen(second)).to.equal(true);
      await toggled(el, second, () => sendKeys({ press: ' ' }));
      expect(isOpen(second)).to.equal(false);
    });

    it('"Show all sections" opens every section, then says "Hide all sections" and closes them', async () => {
      const el = await fixture<El>(html`<partnership-panel layout="accordion"></partnership-panel>`);
      const control = el.shadowRoot!.querySelector<HTMLButtonElement>('button.sections-control')!;
      expect(control.textContent!.trim()).to.equal('Show all sections');
      expect(control.getAttribute('aria-expanded')).to.equal('false');
      const events: PartnershipToggleDetail[] = [];
      el.addEventListener('partnership-toggle', (e) => events.push((e as CustomEvent).detail));
      control.click();
      await el.updateComplete;
      expect(disclosures(el).map(isOpen)).to.deep.equal([true, true, true]);
      expect(control.textContent!.trim()).to.equal('Hide all sections');
      expect(control.getAttribute('aria-expanded')).to.equal('true');
      expect(events.map((e) => e.section)).to.deep.equal([
        'build-trust',
        'transportation-child-care',
        'families-can-do',
      ]);
      control.click();
      await el.updateComplete;
      expect(disclosures(el).map(isOpen)).to.deep.equal([false, false, false]);
      await new Promise((r) => setTimeout(r));
      expect(events, 'the toggle events the element set send nothing more').to.have.length(6);
    });

    it('keeps the disclosure, and the focus on it, when used on a page of many different panels', async () => {
      // More differently configured elements than the page-wide cache of parsed markup holds.
      const page = await fixture<HTMLElement>(html`<div>
        <partnership-tips layout="accordion"></partnership-tips>
        ${Array.from({ length: 20 }, (_, i) => html`<partnership-tips heading="Tips ${i}"></partnership-tips>`)}
      </div>`);
      const els = [...page.children] as El[];
      await Promise.all(els.map((el) => el.updateComplete));
      const [first] = disclosures(els[0]);
      first.focus();
      await toggled(els[0], first);
      expect(disclosures(els[0])[0] === first, 'the same summary').to.equal(true);
      expect(els[0].shadowRoot!.activeElement === first, 'the focus on it').to.equal(true);
      expect(isOpen(first)).to.equal(true);
    });

    it('gives the focus back to the same disclosure when a change redraws the panel', async () => {
      const el = await fixture<El>(html`<partnership-panel layout="accordion"></partnership-panel>`);
      const second = disclosures(el)[1];
      second.focus();
      await toggled(el, second);
      el.setAttribute('heading', 'Working together');
      await el.updateComplete;
      const now = disclosures(el)[1];
      expect(el.shadowRoot!.activeElement === now, 'the focus on the new summary').to.equal(true);
      expect(now.textContent!.trim().replace(/\s+/g, ' ')).to.equal('Transportation and Child Care 4 tips');
      expect(isOpen(now), 'still open').to.equal(true);
    });

    it('starts open with the open attribute', async () => {
      const el = await fixture<El>(html`<partnership-panel layout="accordion" open></partnership-panel>`);
      expect(disclosures(el).every(isOpen)).to.equal(true);
      expect(visible(body(el, 'families-can-do'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('cards', () => {
    const box = (el: Element, id: string) => el.shadowRoot!.getElementById(id)!.getBoundingClientRect();
    /** The panel in a column of `width` px (the panel is never wider than its column, and the page is narrower). */
    const inColumn = async (width: number) =>
      (
        await fixture<HTMLElement>(
          html`<div style=${`width: ${width}px`}><partnership-panel layout="cards"></partnership-panel></div>`,
        )
      ).firstElementChild as El;

    it('puts sections side by side in equal boxes where there is room, and stacks them under 480 px', async () => {
      const wide = await inColumn(1200);
      await wide.updateComplete;
      const [trust, transport, families] = ['build-trust', 'transportation-child-care', 'families-can-do'].map((id) =>
        box(wide, id),
      );
      expect(transport.left).to.be.greaterThan(trust.left);
      expect(transport.top).to.equal(trust.top);
      expect(transport.height, 'equal boxes in a row').to.equal(trust.height);
      expect(families.width, 'equal boxes across groups').to.equal(trust.width);
      await expect(wide).to.be.accessible();
      const narrow = await fixture<El>(
        html`<partnership-panel layout="cards" style="width: 479px"></partnership-panel>`,
      );
      expect(box(narrow, 'transportation-child-care').top).to.be.greaterThan(box(narrow, 'build-trust').top);
      expect(box(narrow, 'transportation-child-care').left).to.equal(box(narrow, 'build-trust').left);
    });

    it('gives every card a heading, no border inside the card, and room for 35 characters a line', async () => {
      for (const width of [1200, 700, 479, 320]) {
        const el = await inColumn(width);
        await el.updateComplete;
        for (const card of el.shadowRoot!.querySelectorAll<HTMLElement>('.section, .resource')) {
          expect(card.querySelector('h1, h2, h3, h4, h5, h6'), `${width}px: a heading`).not.to.equal(null);
          const style = getComputedStyle(card);
          expect(style.borderTopStyle, `${width}px: no nested border`).to.equal('none');
          const inner = card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          // 35 characters of running text are about 17.5em in the panel's type.
          if (width >= 479) expect(inner / parseFloat(style.fontSize), `${width}px: measure`).to.be.at.least(17.5);
        }
      }
    });
  });

  describe('compact', () => {
    it('fits a 300 px sidebar: headline, sections as disclosures with counts, call cards, one column', async () => {
      const el = await fixture<El>(html`<partnership-panel layout="compact" style="width: 300px"></partnership-panel>`);
      expect(disclosures(el).map(isOpen)).to.deep.equal([false, false, false]);
      expect(disclosures(el)[0].textContent).to.include('10 tips');
      const [a, b] = [...el.shadowRoot!.querySelectorAll('[part~="resource"]')].map((r) => r.getBoundingClientRect());
      expect(b.top).to.be.above(a.bottom - 1);
      expect(el.shadowRoot!.querySelectorAll('[part~="call"]')).to.have.length(2);
      // No tower: the closed form is a fraction of the list's height in the same column.
      const list = await fixture<El>(html`<partnership-panel style="width: 300px"></partnership-panel>`);
      expect(el.getBoundingClientRect().height).to.be.below(list.getBoundingClientRect().height / 2);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  it('list is the default: no buttons, every tip visible', async () => {
    const el = await fixture<El>(html`<partnership-panel></partnership-panel>`);
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('[part~="tip"]')].filter(visible)).to.have.length(24);
  });

  for (const bad of ['grid', 'Accordeon', '']) {
    it(`layout="${bad}" warns and uses the list`, async () => {
      const el = await fixture<El>(html`<partnership-panel layout=${bad}></partnership-panel>`);
      expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('layout').and.include('list, accordion, cards, compact');
    });
  }
});
