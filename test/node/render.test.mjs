// `partnership-panel render` and `renderPanel()` from 'partnership-panel/render': the panel as HTML at
// build time. The command prints what the function returns, byte for byte; a value the elements would
// refuse is exit code 2 with the element's own message. `npm test` builds first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const content = (lang) => JSON.parse(readFileSync(new URL(`content/${lang}.json`, root), 'utf8'));
const allTips = (c) => c.audiences.flatMap((a) => a.sections.flatMap((s) => s.tips));
const { renderPanel, RenderError } = await import(new URL('dist/lib/render.js', root).href);
const { ATTRIBUTES } = await import(new URL('dist/lib/core/index.js', root).href);

/** Runs the command: its exit code, output and error text. */
function cli(...args) {
  const result = spawnSync(process.execPath, [fileURLToPath(new URL('bin/partnership-panel.mjs', root)), ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** The text of each <li> of plain HTML, entities decoded. */
const items = (html) =>
  [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) =>
    m[1]
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );

const CASES = [
  [[], {}],
  [['--audience', 'families', '--lang', 'es', '--limit', '2'], { audience: 'families', lang: 'es', limit: '2' }],
  [
    ['--element', 'tips', '--sections', 'build-trust', '--heading', 'Our tips', '--heading-level', '3'],
    { element: 'tips', sections: 'build-trust', heading: 'Our tips', headingLevel: '3' },
  ],
  [
    [
      '--element',
      'resources',
      '--no-default-resources',
      '--resource',
      'Parent center|802-555-0100|https://example.org/pc|Local help',
    ],
    {
      element: 'resources',
      noDefaultResources: true,
      resources: [
        { name: 'Parent center', phone: '802-555-0100', href: 'https://example.org/pc', description: 'Local help' },
      ],
    },
  ],
  [['--lang', 'ar', '--no-resources'], { lang: 'ar', noResources: true }],
  [
    [
      '--format',
      'prerendered',
      '--layout',
      'accordion',
      '--open',
      '--theme',
      'dark',
      '--accent',
      '#7a1f5c',
      '--tip-of-the-day',
      '--base',
      '/dist/',
    ],
    {
      format: 'prerendered',
      layout: 'accordion',
      open: true,
      theme: 'dark',
      accent: '#7a1f5c',
      tipOfTheDay: true,
      base: '/dist/',
    },
  ],
];

for (const [args, options] of CASES)
  test(`render ${args.join(' ') || '(no options)'} prints what renderPanel() returns, byte for byte`, async () => {
    const { status, out, err } = cli('render', ...args);
    assert.equal(status, 0, err);
    assert.equal(out, await renderPanel(options));
  });

test('plain HTML has the whole fact sheet, and nothing a sanitizer would drop', async () => {
  const html = await renderPanel();
  const en = content('en');
  assert.deepEqual(items(html), allTips(en));
  for (const text of [en.title, en.headline, en.closing, en.disclaimer, en.published.label])
    assert.ok(html.includes(text.replace(/'/g, '&#39;')), text);
  for (const r of en.resources.items) assert.ok(html.includes(`href="tel:${r.phone.replace(/\D/g, '')}"`), r.phone);
  assert.match(html, /^<section lang="en" dir="ltr"><h2 id="_title">Building Winning Partnerships<\/h2>/);
  // The contents list: a fragment link to each section's heading and to the resources, which have those ids.
  const links = [...html.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(
    links.map(([, text]) => text),
    ['Build Trust', 'Transportation and Child Care', 'Family Engagement: What Families Can Do', 'Resources'],
  );
  for (const [id, text] of links)
    assert.ok(html.includes(`<h3 id="${id}">${text}</h3>`) || html.includes(`<h4 id="${id}">${text}</h4>`), id);
  assert.ok(html.includes('<nav><p><strong>On this page</strong></p>'));
  assert.doesNotMatch(html, /<(script|style|template|partnership-)|\s(class|style|data-[\w-]+|aria-[\w-]+|on\w+)=/i);
  assert.doesNotMatch(html, /<!--|<\?/, 'no comments or Lit markers');
});

test('plain HTML applies the options: audience, language, limit, heading level, own resources', async () => {
  const es = content('es');
  const html = await renderPanel({
    audience: 'families',
    lang: 'es',
    limit: 2,
    headingLevel: 3,
    resources: [{ name: 'Centro', phone: '802-555-0100' }],
  });
  assert.deepEqual(items(html).slice(0, 2), es.audiences[1].sections[0].tips.slice(0, 2));
  assert.match(html, /^<section lang="es" dir="ltr"><h3 id="_title">Cómo construir alianzas exitosas<\/h3>/);
  assert.ok(html.includes('<strong>Centro</strong>'));
  assert.ok(html.includes('<span lang="en">The Center for Dispute Resolution in Special Education (CADRE)</span>'));
  assert.ok(
    html.includes('Traducción no oficial de “<span lang="en">Building Winning Partnerships</span>” (en inglés)'),
  );
  const ar = await renderPanel({ lang: 'ar' });
  assert.match(ar, /^<section lang="ar" dir="rtl">/);
});

test('prerendered: the element with its card as declarative shadow DOM (with the markers Lit hydrates from), the stylesheet file instead of <style>, then the script that hydrates it, pinned with integrity', async () => {
  const html = await renderPanel({ format: 'prerendered', audience: 'families' });
  const integrity = JSON.parse(readFileSync(new URL('dist/integrity.json', root), 'utf8'));
  const { version } = integrity;
  assert.match(
    html,
    /^<partnership-panel audience="families"><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.jsdelivr\.net\/npm\/partnership-panel@[^/]+\/dist\/partnership-panel-[^"]+\.css"/,
  );
  assert.ok(html.includes(`integrity="${integrity[`partnership-panel-${version}.css`]}"`));
  assert.ok(
    html.includes(
      `<script src="https://cdn.jsdelivr.net/npm/partnership-panel@${version}/dist/partnership-panel-prerendered-${version}.js" integrity="${integrity[`partnership-panel-prerendered-${version}.js`]}" crossorigin="anonymous"></script>`,
    ),
  );
  assert.doesNotMatch(html, /<style/);
  // Inside the shadow root only: the element alone, without the markers of the template it was rendered in.
  assert.match(html, /^<partnership-panel /);
  assert.match(html.slice(html.indexOf('<template')), /^<template[^>]*><link [^>]*><!--lit-part [^>]+-->/);
  assert.match(html, /<\/partnership-panel>\n<script /);
  assert.equal((html.match(/part="tip"/g) ?? []).length, 10);
  assert.equal(readFileSync(new URL('dist/partnership-panel.css', root), 'utf8').includes(':host'), true);
});

for (const [args, message] of [
  [['--audience', 'fam'], 'audience="fam" is not one of all, families, professionals'],
  [['--heading-level', '9'], 'heading-level="9" is not a whole number from 1 to 6'],
  [['--sections', 'homework'], 'ignoring unknown "homework"'],
  [['--lang', 'xx'], 'no content for language "xx"'],
  [['--limit', 'many'], 'limit="many" is not a whole number'],
  [['--format', 'pdf'], 'format="pdf" is not one of html, prerendered'],
  [['--layout', 'grid'], 'layout="grid" is not one of list, accordion, cards'],
  [['--theme', 'neon', '--format', 'prerendered'], 'theme="neon" is not one of light, dark, auto'],
  [['--resource', '|802-555-0100'], 'name is missing'],
  [['--colour', 'red'], "Unknown option '--colour'"],
  [['--format', 'prerendered', '--resource', 'Parent center|802-555-0100'], 'your own resources cannot be prerendered'],
  [['--element', 'tips', '--resource', 'Parent center'], 'resources are for the panel'],
])
  test(`render ${args.join(' ')} is refused with exit code 2 and says why`, async () => {
    const { status, out, err } = cli('render', ...args);
    assert.equal(status, 2);
    assert.equal(out, '');
    assert.ok(err.includes(message), err);
  });

test('a $ in a value is text, not a replacement pattern; | is kept in a description', async () => {
  const { status, out } = cli(
    'render',
    '--resource',
    "Fund A$`B|802-555-0100|https://example.org/a|Grants | loans $' more",
  );
  assert.equal(status, 0);
  assert.ok(
    out.includes('<strong><a href="https://example.org/a">Fund A$`B</a></strong> Grants | loans $\' more'),
    out,
  );
  const pre = await renderPanel({ format: 'prerendered', heading: 'A $& B', base: '/x/$&/' });
  // The heading's text, between the markers Lit's hydration reads.
  assert.ok(pre.includes('-->A $&amp; B<!--') && pre.includes('href="/x/$&amp;/partnership-panel-'), pre);
  assert.equal((pre.match(/<template/g) ?? []).length, 1);
});

test('prerendered in an add-on language puts its script before the bundle', async () => {
  const html = await renderPanel({ format: 'prerendered', lang: 'ar-EG', base: '/dist/' });
  const { version } = JSON.parse(readFileSync(new URL('dist/integrity.json', root), 'utf8'));
  assert.match(
    html,
    new RegExp(
      `<script src="/dist/lang/ar-${version}\\.js"[^>]*></script>\\n<script src="/dist/partnership-panel-prerendered-`,
    ),
  );
});

test('renderPanel() throws a RenderError with the same message', async () => {
  await assert.rejects(renderPanel({ audience: 'fam' }), (error) => {
    assert.ok(error instanceof RenderError);
    assert.match(error.message, /^<partnership-panel>: audience="fam" is not one of all, families, professionals/);
    return true;
  });
});

test('--help says every option: each attribute the elements take (but src, a file the browser fetches), with its values', () => {
  const { status, out } = cli('render', '--help');
  assert.equal(status, 0);
  for (const option of ['--format', '--element', '--resource', '--base']) assert.ok(out.includes(option), option);
  for (const a of ATTRIBUTES.filter((a) => a.name !== 'src')) {
    const row = new RegExp(`^  --${a.name}(?=[ \\n])(.*)$`, 'm').exec(out);
    assert.ok(row, `--${a.name}`);
    if (a.values) assert.ok(row[1].startsWith(` ${a.values.join('|')}`), `--${a.name} ${a.values.join('|')}`);
  }
  assert.ok(!/--src\b/.test(out), 'no --src');
});

test('every attribute is an option of the command, refused and accepted as the elements do', () => {
  // The command checks each value by configure(), as the elements do (test/attributes.test.ts shows
  // that the elements, the command, the configurator and the PHP agree on generated values).
  for (const a of ATTRIBUTES.filter((a) => a.kind === 'keyword')) {
    assert.equal(cli('render', `--${a.name}`, a.values.at(-1)).status, 0, `--${a.name} ${a.values.at(-1)}`);
    const bad = cli('render', `--${a.name}`, 'nonsense');
    assert.equal(bad.status, 2, `--${a.name} nonsense`);
    assert.ok(bad.err.includes(`${a.name}="nonsense" is not one of ${a.values.join(', ')}`), bad.err);
  }
});
