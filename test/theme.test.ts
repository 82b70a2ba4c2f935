import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { captureWarnings } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const card = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.panel')!);
const band = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.top')!);
const link = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('a')!);
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
    if (isChromium) await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
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
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('accent="#ffd200"').and.include('4.5:1').and.include('black');
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
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<El>(html`<partnership-panel layout="accordion"></partnership-panel>`);
    expect(card(el).borderTopStyle).to.equal('solid');
    expect(card(el).borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const button = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(button.localName).to.equal('button');
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    expect(getComputedStyle(button).outlineColor).not.to.equal('rgba(0, 0, 0, 0)');
    before.remove();
  });
});
