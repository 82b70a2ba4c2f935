import { expect, fixture, html } from '@open-wc/testing';
import '../dist/partnership-panel.js';
import { captureWarnings } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };

/** Every id in the element's shadow tree, and every id an ARIA attribute or label points to. */
function ids(el: Element) {
  const root = el.shadowRoot!;
  const all = [...root.querySelectorAll('[id]')].map((node) => node.id);
  const references = [...root.querySelectorAll('[aria-labelledby], [aria-controls], [aria-describedby]')].flatMap(
    (node) =>
      ['aria-labelledby', 'aria-controls', 'aria-describedby'].flatMap((name) =>
        (node.getAttribute(name) ?? '').split(/\s+/).filter(Boolean),
      ),
  );
  return { all, references };
}

describe('ids', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  for (const tag of ['partnership-panel', 'partnership-tips', 'partnership-resources'])
    for (const layout of ['list', 'accordion', 'cards', 'compact'])
      it(`<${tag} layout="${layout}">: a content file whose section ids are the elements' own words gives no duplicate id`, async () => {
        const el = await fixture<HTMLElement>(html`<div></div>`);
        const panel = document.createElement(tag) as El;
        panel.setAttribute('layout', layout);
        panel.setAttribute('limit', '1');
        panel.setAttribute('src', '/__test/own-ids.json');
        if (tag !== 'partnership-resources') panel.toggleAttribute('tip-of-the-day', layout === 'list');
        panel.innerHTML = '<partnership-resource name="Own" phone="802-555-0100"></partnership-resource>';
        el.append(panel);
        await panel.updateComplete;
        if (tag !== 'partnership-resources')
          expect(panel.shadowRoot!.getElementById('title'), 'the file is shown').not.to.equal(null);
        const { all, references } = ids(panel);
        expect(all.filter((id, i) => all.indexOf(id) !== i)).to.deep.equal([]);
        for (const id of references)
          expect(panel.shadowRoot!.querySelectorAll(`[id="${id}"]`).length, `#${id} is one node`).to.equal(1);
        expect(warnings.messages).to.deep.equal([]);
      });
});
