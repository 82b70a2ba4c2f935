import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { clock } from '../src/internal/partnership-element.js';
import { dayNumber } from '../src/core/document.js';
import { allTips, captureWarnings, english, isOpen, toggled } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const shownTips = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tip"]')]
    .filter((li) => li.checkVisibility())
    .map((li) => li.textContent!.trim());
const showAll = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('summary.show-all');
const more = (el: Element, section: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`#${section} summary[part~="more"]`);
/** What a summary says now (its label for the other state is not shown). */
const says = (summary: HTMLElement) => summary.innerText.trim();
const isChromium = navigator.userAgent.includes('Chrome');

describe('limit and tip of the day', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const realToday = clock.today;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    clock.today = realToday;
    if (isChromium) await emulateMedia({ media: 'screen' });
  });

  it('limit="2" shows at most two tips per section, each with its own "Show N more tips" after it', async () => {
    const el = await fixture<El>(html`<partnership-panel limit="2"></partnership-panel>`);
    const sections = english.audiences.flatMap((a) => a.sections);
    expect(shownTips(el)).to.deep.equal(sections.flatMap((s) => s.tips.slice(0, 2)));
    expect(showAll(el)).to.equal(null);
    expect(sections.map((s) => says(more(el, s.id)!))).to.deep.equal([
      'Show 8 more tips',
      'Show 2 more tips',
      'Show 8 more tips',
    ]);
    for (const s of sections) {
      const summary = more(el, s.id)!;
      expect(isOpen(summary)).to.equal(false);
      // Next to the list it continues: right after it, inside the section.
      expect(summary.parentElement!.previousElementSibling!.id).to.equal(`${s.id}_tips`);
    }
    await expect(el).to.be.accessible();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('"Show 8 more tips" shows that section\'s tips, puts the focus on the first new one, and becomes "Show fewer tips"', async () => {
    const el = await fixture<El>(html`<partnership-panel limit="2"></partnership-panel>`);
    const summary = more(el, 'build-trust')!;
    summary.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'partnership-toggle')) as CustomEvent;
    expect(event.detail).to.deep.equal({ section: 'build-trust', control: 'more', open: true });
    await el.updateComplete;
    const trust = english.audiences[0].sections[0].tips;
    expect(shownTips(el).slice(0, 10)).to.deep.equal(trust);
    expect(shownTips(el)).to.have.length(10 + 2 + 2);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal(trust[2]);
    expect(says(summary)).to.equal('Show fewer tips');
    expect(isOpen(summary)).to.equal(true);
    await expect(el).to.be.accessible();
    await toggled(el, summary);
    expect(shownTips(el)).to.have.length(6);
    expect(says(summary)).to.equal('Show 8 more tips');
  });

  it('says which section each "Show N more tips" is for, and a new limit holds tips back again', async () => {
    const el = await fixture<El>(html`<partnership-panel limit="2"></partnership-panel>`);
    const described = (id: string) =>
      el.shadowRoot!.getElementById(more(el, id)!.getAttribute('aria-describedby')!)!.textContent!.trim();
    expect(described('build-trust')).to.equal('Build Trust 10 tips');
    expect(described('families-can-do')).to.equal('Family Engagement: What Families Can Do 10 tips');
    await toggled(el, more(el, 'build-trust')!);
    el.setAttribute('limit', '3');
    await el.updateComplete;
    expect(says(more(el, 'build-trust')!)).to.equal('Show 7 more tips');
    expect(isOpen(more(el, 'build-trust')!)).to.equal(false);
    expect(shownTips(el)).to.have.length(9);
  });

  it('says "Show 1 more tip" in the singular, and counts in Spanish', async () => {
    const el = await fixture<El>(
      html`<partnership-tips limit="3" sections="transportation-child-care"></partnership-tips>`,
    );
    expect(says(more(el, 'transportation-child-care')!)).to.equal('Show 1 more tip');
    const es = await fixture<El>(html`<partnership-tips lang="es" limit="3"></partnership-tips>`);
    expect(says(more(es, 'transportation-child-care')!)).to.equal('Mostrar 1 consejo más');
    expect(says(more(es, 'build-trust')!)).to.equal('Mostrar 7 consejos más');
  });

  it('with the accordion, a closed section\'s "Show more" is closed with it', async () => {
    const el = await fixture<El>(html`<partnership-panel layout="accordion" limit="2"></partnership-panel>`);
    const visibleSummaries = [...el.shadowRoot!.querySelectorAll('summary')].filter((b) => b.checkVisibility());
    expect(visibleSummaries.every((b) => b.matches('.disclosure, .read-more > summary'))).to.equal(true);
    await toggled(el, el.shadowRoot!.querySelector<HTMLElement>('#build-trust summary.disclosure')!);
    expect(more(el, 'build-trust')!.checkVisibility()).to.equal(true);
    expect(more(el, 'families-can-do')!.checkVisibility()).to.equal(false);
  });

  it('a limit above every section length changes nothing and adds no button', async () => {
    const el = await fixture<El>(html`<partnership-tips limit="50"></partnership-tips>`);
    expect(shownTips(el)).to.have.length(24);
    expect(showAll(el)).to.equal(null);
  });

  for (const bad of ['0', '-3', 'two', '2.5', '']) {
    it(`limit="${bad}" warns and shows every tip`, async () => {
      const el = await fixture<El>(html`<partnership-panel limit=${bad}></partnership-panel>`);
      expect(shownTips(el)).to.have.length(24);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('limit').and.include('whole number');
    });
  }

  it('tip-of-the-day shows one tip, the same all day, another the next day', async () => {
    clock.today = () => new Date(2026, 10, 28, 8, 0);
    const morning = await fixture<El>(html`<partnership-tips tip-of-the-day></partnership-tips>`);
    const tip = morning.shadowRoot!.querySelector('[part~="today-tip"]')!.textContent!.trim();
    expect(allTips(english)).to.include(tip);
    expect(shownTips(morning)).to.deep.equal([]);
    clock.today = () => new Date(2026, 10, 28, 23, 59);
    const night = await fixture<El>(html`<partnership-tips tip-of-the-day></partnership-tips>`);
    expect(night.shadowRoot!.querySelector('[part~="today-tip"]')!.textContent!.trim()).to.equal(tip);
    clock.today = () => new Date(2026, 10, 29, 8, 0);
    const tomorrow = await fixture<El>(html`<partnership-tips tip-of-the-day></partnership-tips>`);
    expect(tomorrow.shadowRoot!.querySelector('[part~="today-tip"]')!.textContent!.trim()).not.to.equal(tip);
    await expect(morning).to.be.accessible();
  });

  it('picks the tip from the day number, among the tips the filters let through', async () => {
    const day = new Date(2026, 0, 5);
    clock.today = () => day;
    const el = await fixture<El>(html`<partnership-panel tip-of-the-day audience="families"></partnership-panel>`);
    const families = english.audiences[1].sections[0].tips;
    expect(el.shadowRoot!.querySelector('[part~="today-tip"]')!.textContent!.trim()).to.equal(
      families[dayNumber(day) % families.length],
    );
  });

  it('tip-of-the-day has a button that shows all tips, then says "Show fewer tips"', async () => {
    const el = await fixture<El>(html`<partnership-panel tip-of-the-day></partnership-panel>`);
    const summary = showAll(el)!;
    expect(says(summary)).to.equal('Show all tips');
    await toggled(el, summary);
    expect(shownTips(el)).to.have.length(24);
    expect(says(summary)).to.equal('Show fewer tips');
    expect(isOpen(summary)).to.equal(true);
    // The tip of the day is among them, and not shown twice.
    expect(el.shadowRoot!.querySelector('[part~="tip-of-the-day"]')!.checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();
    await toggled(el, summary);
    expect(shownTips(el)).to.have.length(0);
    expect(says(summary)).to.equal('Show all tips');
  });

  it('prints every tip, open accordions, full link addresses and no buttons', async function () {
    if (!isChromium) this.skip(); // print media emulation is Chromium's (DevTools protocol) only.
    const el = await fixture<El>(
      html`<partnership-panel layout="accordion" limit="1" tip-of-the-day>
        <partnership-resource name="District liaison" href="https://example.org/liaison"></partnership-resource>
      </partnership-panel>`,
    );
    const rest = el.shadowRoot!.querySelector('details p')!;
    expect(rest.checkVisibility(), 'folded on screen').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(shownTips(el)).to.have.length(24);
    // No control is left on paper but the sections' summaries, which hold their headings.
    const controls = [...el.shadowRoot!.querySelectorAll('button, summary')];
    expect(controls.filter((b) => b.checkVisibility() && !b.matches('.disclosure'))).to.have.length(0);
    // The introduction's "Read more" is open on paper.
    expect(rest.checkVisibility(), 'open on paper').to.equal(true);
    for (const b of controls.filter((b) => b.matches('.disclosure')))
      expect(getComputedStyle(b).borderTopStyle).to.equal('none');
    const web = el.shadowRoot!.querySelector('a[href^="https:"]')!;
    expect(getComputedStyle(web, '::after').content).to.include('https://example.org/liaison');
    expect(el.shadowRoot!.querySelector('.tip-of-the-day')!.getBoundingClientRect().height).to.equal(0);
  });
});
