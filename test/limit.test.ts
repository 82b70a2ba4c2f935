import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import { clock, dayNumber } from '../src/internal/tips-element.js';
import { allTips, captureWarnings, english } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const shownTips = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tip"]')]
    .filter((li) => li.getBoundingClientRect().height > 0)
    .map((li) => li.textContent!.trim());
const showAll = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.show-all');
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

  it('limit="2" shows at most two tips per section, and a button shows them all', async () => {
    const el = await fixture<El>(html`<partnership-panel limit="2"></partnership-panel>`);
    const sections = english.audiences.flatMap((a) => a.sections);
    expect(shownTips(el)).to.deep.equal(sections.flatMap((s) => s.tips.slice(0, 2)));
    const button = showAll(el)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(shownTips(el)).to.deep.equal(allTips(english));
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(warnings.messages).to.deep.equal([]);
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

  it('tip-of-the-day has a button that shows all tips', async () => {
    const el = await fixture<El>(html`<partnership-panel tip-of-the-day></partnership-panel>`);
    showAll(el)!.click();
    await el.updateComplete;
    expect(shownTips(el)).to.have.length(24);
    await expect(el).to.be.accessible();
  });

  it('prints every tip, open accordions, full link addresses and no buttons', async function () {
    if (!isChromium) this.skip(); // print media emulation is Chromium's (DevTools protocol) only.
    const el = await fixture<El>(
      html`<partnership-panel layout="accordion" limit="1" tip-of-the-day>
        <partnership-resource name="District liaison" href="https://example.org/liaison"></partnership-resource>
      </partnership-panel>`,
    );
    await emulateMedia({ media: 'print' });
    expect(shownTips(el)).to.have.length(24);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.filter((b) => getComputedStyle(b).display !== 'none' && b.matches('.show-all'))).to.have.length(0);
    for (const b of buttons.filter((b) => b.matches('.disclosure')))
      expect(getComputedStyle(b).borderTopStyle).to.equal('none');
    const web = el.shadowRoot!.querySelector('a[href^="https:"]')!;
    expect(getComputedStyle(web, '::after').content).to.include('https://example.org/liaison');
    expect(el.shadowRoot!.querySelector('.tip-of-the-day')!.getBoundingClientRect().height).to.equal(0);
  });
});
