// `partnership-panel render` (format html): plain, semantic HTML for a CMS that strips scripts. It must
// come through a sanitizer unchanged: here DOMPurify with its default configuration (WordPress's
// wp_kses_post is checked by test/node/kses.test.mjs).
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import es from '../content/es.json' with { type: 'json' };
import { allTips, english } from './helpers.js';
import type { Content } from '../src/core/content.js';

const spanish = es as unknown as Content;

async function render(args: string[]): Promise<string> {
  return (await fetch(`/__test/rendered.html?args=${encodeURIComponent(JSON.stringify(args))}`)).text();
}

/** The HTML as the browser parses it. */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const CONFIGURATIONS = [
  [],
  ['--audience', 'families', '--lang', 'es'],
  ['--lang', 'es', '--limit', '2', '--heading', 'Para las familias', '--heading-level', '3'],
  [
    '--resource',
    'Parent center|802-555-0100|https://example.org/parents|Help in our district',
    '--no-default-resources',
  ],
  ['--element', 'tips', '--sections', 'build-trust,families-can-do', '--lang', 'ar'],
  ['--element', 'resources', '--resource', 'Family liaison|(802) 555-0199|mailto:liaison@example.org'],
];

describe('plain HTML through a sanitizer', () => {
  for (const args of CONFIGURATIONS)
    it(`comes through DOMPurify unchanged: ${args.join(' ') || '(defaults)'}`, async () => {
      const html = await render(args);
      const clean = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
      expect(DOMPurify.removed, 'what DOMPurify removed').to.deep.equal([]);
      expect(clean.isEqualNode(parse(html)), 'the same nodes, attributes and text').to.equal(true);
    });

  it('holds every tip, heading, link and phone number of the fact sheet', async () => {
    const doc = parse(await render([]));
    expect([...doc.querySelectorAll('section > ul > li:not(:has(strong))')].map((li) => li.textContent)).to.deep.equal(
      allTips(english),
    );
    expect([...doc.querySelectorAll('h2, h3, h4')].map((h) => h.localName)).to.deep.equal([
      'h2',
      'h3',
      'h4',
      'h4',
      'h3',
      'h3',
    ]);
    expect([...doc.querySelectorAll('a[href^="tel:"]')].map((a) => a.textContent)).to.deep.equal([
      '541-359-4210',
      '502-584-1133',
      '802-876-5325',
    ]);
    expect(doc.textContent).to.include(english.disclaimer).and.include(english.published.label);
    // The contents list's fragment links lead to headings of the same HTML.
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"]')];
    expect(links).to.have.length(4);
    for (const a of links) expect(doc.querySelector(a.getAttribute('href')!)?.localName, a.href).to.match(/^h[2-4]$/);
  });

  it('in Spanish with a limit, shows that many tips of each section', async () => {
    const doc = parse(await render(['--lang', 'es', '--limit', '2']));
    expect(doc.querySelector('h2')!.textContent).to.equal(spanish.title);
    expect([...doc.querySelectorAll('section > ul > li:not(:has(strong))')].map((li) => li.textContent)).to.deep.equal(
      spanish.audiences.flatMap((a) => a.sections.flatMap((s) => s.tips.slice(0, 2))),
    );
  });
});
