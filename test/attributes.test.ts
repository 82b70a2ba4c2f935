// Property-based: the elements (the shipped bundle) accept and refuse generated values, good and bad,
// for every attribute with a rule, exactly as configure() (src/core/configure.ts) does, with its
// message. test/node/attributes.test.mjs checks the command line, renderPanel and the WordPress
// plugin's PHP against the same rule and values.
import { expect, fixture, html } from '@open-wc/testing';
import '../dist/partnership-panel.js';
import { attributesOf, type AttributeRule, type ElementName } from '../src/core/attributes.js';
import { configure } from '../src/core/configure.js';
import { english, sectionIds } from '../src/core/content.js';
import { samples } from './fixtures/attribute-values.js';
import { captureWarnings } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const TAGS: Record<ElementName, string> = {
  panel: 'partnership-panel',
  tips: 'partnership-tips',
  resources: 'partnership-resources',
};

describe('attributes: the elements accept and refuse what configure() does', () => {
  for (const element of ['panel', 'tips', 'resources'] as ElementName[]) {
    const cases = samples(attributesOf(element) as AttributeRule[], sectionIds(english), 15) as {
      attribute: AttributeRule;
      values: (string | boolean)[];
    }[];
    it(`<${TAGS[element]}>: ${cases.length} attributes, 15 values each`, async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      for (const { attribute: a, values } of cases)
        for (const value of values) {
          const warnings = captureWarnings();
          try {
            const el = document.createElement(TAGS[element]) as El;
            if (typeof value === 'boolean') el.toggleAttribute(a.name, value);
            else el.setAttribute(a.name, value);
            host.replaceChildren(el);
            await el.updateComplete;
            const want = configure(element, { [a.name]: value }, english).problems.map(
              (p) => `<${TAGS[element]}>: ${p.message}`,
            );
            expect(warnings.messages, `${a.name}=${JSON.stringify(value)}`).to.deep.equal(want);
          } finally {
            warnings.restore();
          }
        }
    });
  }
});
