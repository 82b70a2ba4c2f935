// Every layout, theme and variant, in every language (the add-on ones through their scripts), passes axe.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';

const ADD_ONS = ['ar', 'fr', 'ne', 'sw', 'vi', 'zh'];
const LAYOUTS = ['list', 'accordion', 'cards', 'compact'];

/** Loads an add-on language script, as a page would. */
const load = (lang: string) =>
  new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: `/dist/lang/${lang}.js` });
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });

describe('accessibility across layouts, themes, variants and languages', () => {
  before(() => Promise.all(ADD_ONS.map(load)));

  for (const lang of ['en', 'es'])
    for (const layout of LAYOUTS)
      for (const theme of ['light', 'dark', 'auto']) {
        it(`lang="${lang}" layout="${layout}" theme="${theme}"`, async () => {
          const el = await fixture(
            html`<partnership-panel lang=${lang} layout=${layout} theme=${theme} limit="3" open></partnership-panel>`,
          );
          await expect(el).to.be.accessible();
        });
      }

  for (const layout of LAYOUTS)
    for (const theme of ['light', 'dark'])
      it(`variant="plain" layout="${layout}" theme="${theme}", on a page of its own colours`, async () => {
        const el = await fixture(
          html`<div style=${theme === 'dark' ? 'background: #10151b; color: #eef2f6' : 'background: #fffdf5; color: #222'}>
            <partnership-panel variant="plain" layout=${layout} theme=${theme} limit="2" open></partnership-panel>
          </div>`,
        );
        await expect(el).to.be.accessible();
      });

  for (const lang of ADD_ONS)
    for (const layout of ['list', 'compact'])
      it(`lang="${lang}" layout="${layout}" (add-on script)`, async () => {
        const el = await fixture(
          html`<partnership-panel lang=${lang} layout=${layout} limit="2" open tip-of-the-day></partnership-panel>`,
        );
        expect(el.shadowRoot!.querySelector('[part~="panel"]')!.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
      });

  for (const lang of ['en', 'es'])
    it(`tips with tip-of-the-day and resources, lang="${lang}"`, async () => {
      const tips = await fixture(html`<partnership-tips lang=${lang} tip-of-the-day theme="dark"></partnership-tips>`);
      await expect(tips).to.be.accessible();
      const resources = await fixture(
        html`<partnership-resources lang=${lang} accent="#6b1f5c"></partnership-resources>`,
      );
      await expect(resources).to.be.accessible();
    });
});
