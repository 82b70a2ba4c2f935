import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { captureWarnings } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const card = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.panel')!);
const band = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.top')!);
const link = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('a:not(.call)')!);
const bullet = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="tip"]')!, '::before');
/** WCAG's contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
const isChromium = navigator.userAgent.includes('Chrome');

/** Switches the emulated colour scheme and waits for the page to be told (the change event). */
async function schemeSwitch(colorScheme: 'light' | 'dark') {
  const told = new Promise((resolve) =>
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', resolve, { once: true }),
  );
  await emulateMedia({ colorScheme });
  await told;
}

describe('theme and accent', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    if (isChromium) {
      await emulateMedia({ colorScheme: 'light' });
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('is light by default', async () => {
    const el = await fixture<El>(html`<partnership-panel></partnership-panel>`);
    expect(card(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(band(el).backgroundColor).to.equal('rgb(11, 92, 173)');
  });

  for (const layout of ['list', 'accordion', 'cards']) {
    it(`theme="dark" has a dark card that passes axe (${layout})`, async () => {
      const el = await fixture<El>(html`<partnership-panel theme="dark" layout=${layout} open></partnership-panel>`);
      expect(card(el).backgroundColor).to.equal('rgb(20, 26, 33)');
      expect(card(el).color).to.equal('rgb(231, 236, 242)');
      await expect(el).to.be.accessible();
    });
  }

  it('theme="auto" follows the reader\'s colour scheme', async function () {
    if (!isChromium) this.skip(); // emulateMedia's colorScheme is Chromium's (DevTools protocol) only.
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<El>(html`<partnership-panel theme="auto"></partnership-panel>`);
    expect(card(el).backgroundColor).to.equal('rgb(20, 26, 33)');
    await emulateMedia({ colorScheme: 'light' });
    expect(card(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('theme="auto" with an accent checks it again when the reader switches to dark while the page is open', async function () {
    if (!isChromium) this.skip(); // emulateMedia's colorScheme is Chromium's (DevTools protocol) only.
    const el = await fixture<El>(html`<partnership-panel theme="auto" accent="#0b3d91"></partnership-panel>`);
    expect(link(el).color, 'readable on white: the accent').to.equal('rgb(11, 61, 145)');
    await schemeSwitch('dark');
    await el.updateComplete;
    // #0b3d91 on the dark card is under 4.5:1: links take the (light) text colour.
    expect(card(el).backgroundColor).to.equal('rgb(20, 26, 33)');
    expect(link(el).color).to.equal(card(el).color);
    expect(contrast(link(el).color, card(el).backgroundColor), 'links').to.be.at.least(4.5);
    expect(contrast(bullet(el).borderTopColor, card(el).backgroundColor), 'bullets').to.be.at.least(3);
    expect(contrast(band(el).color, band(el).backgroundColor), 'the band').to.be.at.least(4.5);
    expect(warnings.messages.at(-1)).to.include('dark background');
    await schemeSwitch('light');
    await el.updateComplete;
    expect(link(el).color).to.equal('rgb(11, 61, 145)');
  });

  for (const bad of ['midnight', 'DARKK', '']) {
    it(`theme="${bad}" warns and stays light`, async () => {
      const el = await fixture<El>(html`<partnership-panel theme=${bad}></partnership-panel>`);
      expect(card(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('theme').and.include('light, dark, auto');
    });
  }

  it('takes an accent that white text reads well on, silently', async () => {
    const el = await fixture<El>(html`<partnership-panel accent="#6b1f5c"></partnership-panel>`);
    expect(band(el).backgroundColor).to.equal('rgb(107, 31, 92)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="call"]')!).backgroundColor).to.equal(
      'rgb(107, 31, 92)',
    );
    expect(band(el).color).to.equal('rgb(255, 255, 255)');
    expect(link(el).color).to.equal('rgb(107, 31, 92)');
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('takes any CSS colour syntax', async () => {
    const el = await fixture<El>(html`<partnership-panel accent="hsl(150 60% 20%)"></partnership-panel>`);
    expect(band(el).color).to.equal('rgb(255, 255, 255)');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('picks black text on a light accent, keeps links readable, and warns', async () => {
    const el = await fixture<El>(html`<partnership-panel accent="#ffd200"></partnership-panel>`);
    expect(band(el).color).to.equal('rgb(0, 0, 0)');
    expect(link(el).color).to.equal(card(el).color);
    const call = getComputedStyle(el.shadowRoot!.querySelector('[part~="call"]')!);
    expect(call.color, 'text on the call button').to.equal('rgb(0, 0, 0)');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('accent="#ffd200"').and.include('4.5:1').and.include('black');
    await expect(el).to.be.accessible();
  });

  for (const accent of ['#ffd166', '#ffd200', '#e0f0ff']) {
    it(`keeps bullets, rules and button edges at 3:1 with a light accent (${accent})`, async () => {
      const el = await fixture<El>(html`<partnership-panel accent=${accent} limit="2"></partnership-panel>`);
      const bg = card(el).backgroundColor;
      const root = el.shadowRoot!;
      const marks = [
        bullet(el).borderTopColor,
        getComputedStyle(root.querySelector('.rank-1')!).borderBottomColor,
        getComputedStyle(root.querySelector('[part~="call"]')!).borderTopColor,
        getComputedStyle(root.querySelector('[part~="more"]')!).borderTopColor,
      ];
      for (const mark of marks) expect(contrast(mark, bg), mark).to.be.at.least(3);
    });
  }

  it('has a dark-tinted band with an accent rule in the dark theme, not a pale band', async () => {
    const el = await fixture<El>(html`<partnership-panel theme="dark"></partnership-panel>`);
    const b = band(el);
    expect(contrast(b.backgroundColor, card(el).backgroundColor), 'a tint of the dark card').to.be.below(2);
    expect(contrast(b.color, b.backgroundColor)).to.be.at.least(7);
    expect(b.borderBottomStyle).to.equal('solid');
    expect(contrast(b.borderBottomColor, card(el).backgroundColor), 'the accent rule').to.be.at.least(3);
    await expect(el).to.be.accessible();
  });

  it('checks the accent against the dark theme too', async () => {
    const el = await fixture<El>(html`<partnership-panel theme="dark" accent="#0b3d91"></partnership-panel>`);
    expect(link(el).color).to.equal(card(el).color);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('dark background');
    await expect(el).to.be.accessible();
  });

  for (const bad of ['not-a-colour', 'red; background: url(x)', 'inherit', '#12']) {
    it(`accent=${JSON.stringify(bad)} warns and keeps the theme's accent`, async () => {
      const el = await fixture<El>(html`<partnership-panel accent=${bad}></partnership-panel>`);
      expect(band(el).backgroundColor).to.equal('rgb(11, 92, 173)');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('accent=').and.include('not a CSS colour');
    });
  }

  it('variant="plain" drops the card and band and takes the page\'s text colour, for text, headings and links', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="color: rgb(40, 30, 20); background: rgb(250, 245, 230)">
        <partnership-panel variant="plain"></partnership-panel>
      </div>`,
    );
    const el = wrap.querySelector('partnership-panel') as El;
    await el.updateComplete;
    expect(card(el).borderTopStyle).to.equal('none');
    expect(card(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(band(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const colour = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).color;
    for (const selector of ['[part~="tip"]', '.title-heading', '.headline', '.audience-heading', 'a:not(.call)'])
      expect(colour(selector), selector).to.equal('rgb(40, 30, 20)');
    // The site's own heading and link colours, through the custom properties.
    el.style.cssText = '--partnership-heading: rgb(31, 95, 58); --partnership-link: rgb(0, 80, 40)';
    expect(colour('.title-heading')).to.equal('rgb(31, 95, 58)');
    expect(colour('.audience-heading')).to.equal('rgb(31, 95, 58)');
    expect(colour('.headline')).to.equal('rgb(40, 30, 20)');
    expect(colour('a:not(.call)')).to.equal('rgb(0, 80, 40)');
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('variant="plain" with an accent fills the call buttons with it, and keeps links and marks in the page\'s colour', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="color: rgb(238, 242, 246); background: rgb(16, 21, 27)">
        <partnership-panel variant="plain" accent="#0b5cad" limit="2"></partnership-panel>
      </div>`,
    );
    const el = wrap.querySelector('partnership-panel') as El;
    await el.updateComplete;
    expect(link(el).color).to.equal('rgb(238, 242, 246)');
    expect(bullet(el).borderTopColor).to.equal('rgb(238, 242, 246)');
    const call = getComputedStyle(el.shadowRoot!.querySelector('[part~="call"]')!);
    expect([call.backgroundColor, call.color]).to.deep.equal(['rgb(11, 92, 173)', 'rgb(255, 255, 255)']);
    // Nothing to warn about: the page's background is not the panel's to check.
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const bad of ['flat', 'CARDS', '']) {
    it(`variant="${bad}" warns and keeps the card`, async () => {
      const el = await fixture<El>(html`<partnership-panel variant=${bad}></partnership-panel>`);
      expect(card(el).borderTopStyle).to.equal('solid');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('variant').and.include('card, plain');
    });
  }

  it('follows the custom properties an editor sets', async () => {
    const el = await fixture<El>(
      html`<partnership-panel
        style="--partnership-background: rgb(250, 245, 235); --partnership-radius: 0px"
      ></partnership-panel>`,
    );
    expect(card(el).backgroundColor).to.equal('rgb(250, 245, 235)');
    expect(card(el).borderTopLeftRadius).to.equal('0px');
  });

  it('keeps boundaries and focus rings visible in forced colours (Windows high contrast)', async function () {
    if (!isChromium) this.skip(); // forced-colors emulation is Chromium's only.
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'the emulation works').to.equal(true);
    const el = await fixture<El>(html`<partnership-panel layout="accordion"></partnership-panel>`);
    expect(card(el).borderTopStyle).to.equal('solid');
    expect(card(el).borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    for (const box of el.shadowRoot!.querySelectorAll('[part~="resource"], [part~="call"]'))
      expect(getComputedStyle(box).borderTopStyle, box.className).to.equal('solid');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    // "Read more", a contents entry, then "Show all sections": each shows its focus ring.
    for (const expected of ['summary', 'a', 'a', 'a', 'a', 'button', 'summary']) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.localName).to.equal(expected);
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(getComputedStyle(focused).outlineColor).not.to.equal('rgba(0, 0, 0, 0)');
    }
    before.remove();
  });
});
