// Every layout and theme, in each shipped language, passes axe.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';

describe('accessibility across layouts, themes and languages', () => {
  for (const lang of ['en', 'es'])
    for (const layout of ['list', 'accordion', 'cards'])
      for (const theme of ['light', 'dark', 'auto']) {
        it(`lang="${lang}" layout="${layout}" theme="${theme}"`, async () => {
          const el = await fixture(
            html`<partnership-panel lang=${lang} layout=${layout} theme=${theme} limit="3"></partnership-panel>`,
          );
          await expect(el).to.be.accessible();
        });
      }

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
