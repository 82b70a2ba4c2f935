// `partnership-panel site`: the folder it writes, run as the command it is. Every page renders what
// renderPanel renders for the same options (byte for byte: one place for what a configuration shows);
// each has its language, direction, title, description, canonical address, previews, oEmbed link and
// the links between the languages, and needs no inline script or style; the oEmbed JSON is a rich 1.0
// response in the shape WordPress keeps; the handout and its text are render's handout and text
// formats; a bad address or value exits 2 with the element's own message. `npm test` builds first.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { renderPanel } = await import(join(root, 'dist/lib/render.js'));
const { ATTRIBUTES } = await import(join(root, 'dist/lib/core/index.js'));
const URL_ = 'https://district.example/partnership/';
const LANGS = ['en', 'es', 'ar', 'fr', 'ne', 'sw', 'vi', 'zh'];
const content = (lang) => JSON.parse(readFileSync(join(root, `content/${lang}.json`), 'utf8'));
const tipsOf = (c) => c.audiences.flatMap((a) => a.sections.flatMap((s) => s.tips));
const folders = [];
after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the command: its exit code, output and error text. */
function cli(...args) {
  const result = spawnSync(process.execPath, [join(root, 'bin/partnership-panel.mjs'), ...args], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** Writes a site with these options; its folder and a reader of its files. */
function site(...args) {
  const dir = mkdtempSync(join(tmpdir(), 'partnership-site-'));
  folders.push(dir);
  const run = cli('site', '--url', URL_, '--out', dir, ...args);
  assert.equal(run.status, 0, run.err);
  return { dir, read: (name) => readFileSync(join(dir, name), 'utf8'), files: readdirSync(dir).sort() };
}
const plain = site();
const fileOf = (lang, first = 'en') => (lang === first ? 'index.html' : `${lang}.html`);

/** Decodes the few entities escape() writes. */
const unescape = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attribute = (html, pattern) => unescape(new RegExp(pattern).exec(html)?.[1] ?? '');

test('the folder has every language’s page, embed page, oEmbed response, handout and text, and the assets', () => {
  const expected = [
    ...LANGS.flatMap((lang) =>
      lang === 'en'
        ? ['index.html', 'embed.html', 'oembed.json', 'handout.html', 'handout.txt']
        : [`${lang}.html`, `embed-${lang}.html`, `oembed-${lang}.json`, `handout-${lang}.html`, `handout-${lang}.txt`],
    ),
    'partnership-site.css',
    'handout.css',
    'report-height.js',
    'resize-frame.js',
  ].sort();
  assert.deepEqual(plain.files, expected);
});

for (const lang of LANGS) {
  const file = fileOf(lang);
  test(`${file}: the panel renderPanel renders for ${lang}, in a whole document that needs no script`, async () => {
    const html = plain.read(file);
    const c = content(lang);
    const dir = c.dir ?? 'ltr';
    assert.match(html, new RegExp(`^<!doctype html>\\n<html lang="${lang}" dir="${dir}" class="page">`));
    // One place: the page holds what render prints for the same options (the title is the page's h1).
    assert.ok(html.includes(await renderPanel({ lang, headingLevel: 1 })), 'renderPanel’s plain HTML, whole');
    assert.equal(attribute(html, '<title>([^<]*)</title>'), c.title);
    assert.equal(attribute(html, '<meta name="description" content="([^"]*)">'), c.headline);
    const address = lang === 'en' ? URL_ : `${URL_}${lang}.html`;
    assert.equal(attribute(html, '<link rel="canonical" href="([^"]*)">'), address);
    assert.equal(attribute(html, '<meta property="og:url" content="([^"]*)">'), address);
    assert.equal(attribute(html, '<meta property="og:title" content="([^"]*)">'), c.title);
    assert.equal(attribute(html, '<meta property="og:type" content="([^"]*)">'), 'website');
    assert.match(attribute(html, '<meta property="og:locale" content="([^"]*)">'), new RegExp(`^${lang}_[A-Z]{2}$`));
    const oembed = lang === 'en' ? 'oembed.json' : `oembed-${lang}.json`;
    assert.equal(
      attribute(html, '<link rel="alternate" type="application/json\\+oembed" href="([^"]*)"'),
      `${URL_}${oembed}`,
    );
    // Every language, by hreflang and by a link in its own language; this one is the current page.
    for (const other of LANGS) {
      const page = other === 'en' ? URL_ : `${URL_}${other}.html`;
      assert.ok(html.includes(`<link rel="alternate" hreflang="${other}" href="${page}">`), `hreflang ${other}`);
      assert.match(
        html,
        new RegExp(`<a href="${fileOf(other)}" lang="${other}" hreflang="${other}"`),
        `link to ${other}`,
      );
    }
    assert.match(html, new RegExp(`<a href="${file}" lang="${lang}" hreflang="${lang}" aria-current="page">`));
    assert.ok(html.includes(`<link rel="alternate" hreflang="x-default" href="${URL_}">`));
    // Styles from the folder's file, the one script from the folder's file; nothing inline to read it.
    assert.match(html, /<link rel="stylesheet" href="partnership-site.css">/);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script src="report-height.js" defer>']);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  });
}

test('site takes render’s options: the first language is index.html, its heading is its own, every page shows the same tips', async () => {
  const args = [
    '--lang',
    'es',
    '--audience',
    'families',
    '--heading',
    'Para las familias',
    '--resource',
    'Enlace familiar|802-555-0142||En la escuela',
  ];
  const s = site(...args);
  const resources = [{ name: 'Enlace familiar', phone: '802-555-0142', description: 'En la escuela' }];
  const index = s.read('index.html');
  assert.match(index, /^<!doctype html>\n<html lang="es"/);
  assert.ok(
    index.includes(
      await renderPanel({ lang: 'es', audience: 'families', heading: 'Para las familias', headingLevel: 1, resources }),
    ),
  );
  assert.ok(s.files.includes('en.html') && !s.files.includes('es.html'));
  const english = s.read('en.html');
  assert.ok(
    english.includes(await renderPanel({ lang: 'en', audience: 'families', headingLevel: 1, resources })),
    'English keeps its own title',
  );
  assert.doesNotMatch(english, /Para las familias/);
  const families = content('en').audiences.find((a) => a.id === 'families').sections[0].tips;
  const professionals = content('en').audiences.find((a) => a.id === 'professionals').sections[0].tips;
  assert.ok(families.every((tip) => english.includes(tip.replace(/'/g, "'"))));
  assert.ok(!professionals.some((tip) => english.includes(tip)), 'the audience applies to every language');
});

test('a --heading-level is kept; without one, the title is the page’s h1', () => {
  assert.match(
    plain.read('index.html'),
    /<main>\n<section lang="en" dir="ltr"><h1 id="_title">Building Winning Partnerships<\/h1>/,
  );
  const s = site('--heading-level', '2');
  assert.match(
    s.read('index.html'),
    /<section lang="en" dir="ltr"><h2 id="_title">Building Winning Partnerships<\/h2>/,
  );
});

for (const lang of ['en', 'ar']) {
  const file = lang === 'en' ? 'oembed.json' : `oembed-${lang}.json`;
  test(`${file} is a rich 1.0 oEmbed response whose html is a link and the embed page’s iframe, as WordPress keeps them`, () => {
    const json = JSON.parse(plain.read(file));
    const c = content(lang);
    assert.equal(json.version, '1.0');
    assert.equal(json.type, 'rich');
    assert.equal(json.title, c.title);
    for (const key of ['width', 'height']) assert.ok(Number.isInteger(json[key]) && json[key] > 0, key);
    assert.equal(json.provider_url, URL_);
    const page = lang === 'en' ? URL_ : `${URL_}${lang}.html`;
    const embed = `${URL_}${lang === 'en' ? 'embed.html' : `embed-${lang}.html`}`;
    const [, quote, iframe] =
      /^(<blockquote><a href="[^"]*">[^<]*<\/a><\/blockquote>)(<iframe [^>]*><\/iframe>)$/.exec(json.html) ?? [];
    assert.ok(quote && iframe, json.html);
    assert.equal(attribute(quote, 'href="([^"]*)"'), page);
    assert.equal(attribute(iframe, ' src="([^"]*)"'), embed);
    // wp_filter_oembed_result keeps only these attributes of a discovered provider's iframe.
    const allowed = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];
    const names = [...iframe.matchAll(/ ([a-z-]+)="/g)].map((m) => m[1]);
    assert.deepEqual(
      names.filter((n) => !allowed.includes(n)),
      [],
    );
    assert.equal(attribute(iframe, ' width="(\\d+)"'), String(json.width));
    assert.equal(attribute(iframe, ' height="(\\d+)"'), String(json.height));
    assert.equal(attribute(iframe, ' title="([^"]*)"'), c.title);
  });
}

test('the embed page: title, headline, summary, every section with its count, the phones, and the page in a new tab', () => {
  const html = plain.read('embed.html');
  const c = content('en');
  assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr" class="embed">/);
  assert.equal(attribute(html, '<link rel="canonical" href="([^"]*)">'), URL_, 'its canonical page is the page');
  assert.ok(html.includes(`<h1>${c.title}</h1>`));
  assert.ok(html.includes(c.headline));
  for (const section of c.audiences.flatMap((a) => a.sections))
    assert.ok(html.includes(unescape(section.heading)) || html.includes(section.heading), section.heading);
  assert.match(html, /Build Trust <span class="count">10 tips<\/span>/);
  for (const r of c.resources.items) assert.ok(html.includes(`>${r.phone}</a>`), r.phone);
  assert.ok(html.includes('<a href="index.html" target="_blank" rel="noopener">Show all tips</a>'));
  assert.doesNotMatch(html, /<style|\sstyle=/);
  assert.equal(tipsOf(c).filter((tip) => html.includes(tip)).length, 0, 'no tip: it is the contents');
});

for (const lang of ['en', 'es', 'ar']) {
  test(`handout${lang === 'en' ? '' : `-${lang}`}.html and .txt are render’s handout and text formats for the page’s address`, async () => {
    const suffix = lang === 'en' ? '' : `-${lang}`;
    const address = lang === 'en' ? URL_ : `${URL_}${lang}.html`;
    const handout = await renderPanel({ format: 'handout', lang, url: address });
    // The same document, with its stylesheet as the folder's file instead of inside it.
    const css = readFileSync(join(plain.dir, 'handout.css'), 'utf8');
    assert.equal(
      plain.read(`handout${suffix}.html`),
      handout.replace(`<style>\n${css.trim()}\n</style>`, '<link rel="stylesheet" href="handout.css">'),
    );
    const text = plain.read(`handout${suffix}.txt`);
    assert.equal(text, await renderPanel({ format: 'text', lang, url: address }));
    const c = content(lang);
    for (const tip of tipsOf(c)) assert.ok(text.includes(`- ${tip}\n`), tip);
    for (const phone of [c.publisher.phone, ...c.resources.items.map((r) => r.phone)])
      assert.ok(text.includes(phone), phone);
    assert.ok(text.includes(address) && text.includes(c.disclaimer) && text.includes(c.published.label));
    // Nothing to click: no link of any kind.
    assert.doesNotMatch(handout, /<a[\s>]|<button|<script/);
    assert.match(handout, /<svg [^>]*role="img"/);
  });
}

test('a URL that is not https, or a value the elements would refuse, exits 2 with the element’s message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'partnership-site-bad-'));
  folders.push(dir);
  for (const [args, message] of [
    [['--url', 'http://district.example/'], /url="http:\/\/district.example\/" is not https/],
    [['--url', 'ftp://district.example/'], /is not https/],
    [['--url', 'district.example'], /is not an address/],
    [['--url', 'https://district.example/?a=1'], /takes no \?query or #fragment/],
    [['--url', 'https://user:pw@district.example/'], /no user name or password/],
    [[], /url: the https address/],
    [
      ['--url', URL_, '--audience', 'everyone'],
      /<partnership-panel>: audience="everyone" is not one of all, families, professionals/,
    ],
    [['--url', URL_, '--limit', '0'], /<partnership-panel>: limit="0" is not a whole number from 1 to 1000/],
    [['--url', URL_, '--lang', 'pt-BR'], /<partnership-panel>: no content for language "pt-BR"/],
    [['--url', URL_, '--element', 'card'], /element="card" is not one of panel, tips, resources/],
    [['--url', URL_, '--colour', 'red'], /Unknown option '--colour'/],
  ]) {
    const run = cli('site', '--out', dir, ...args);
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.err}`);
    assert.match(run.err, message);
  }
  assert.deepEqual(readdirSync(dir), [], 'nothing written');
  assert.equal(cli('site', '--url', URL_).status, 2, 'without --out');
  // The same message as render's for the same value.
  const render = cli('render', '--audience', 'everyone');
  const siteRun = cli('site', '--url', URL_, '--out', dir, '--audience', 'everyone');
  assert.equal(siteRun.err.split('\n')[0].replace('site', 'render'), render.err.split('\n')[0]);
  const handout = cli('render', '--format', 'html', '--url', URL_);
  assert.equal(handout.status, 2);
  assert.match(handout.err, /url is for the handout and text formats/);
});

test('site and render take the same options, from the attribute data', () => {
  const flags = (command) => [...cli(command, '--help').out.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);
  const attributes = ATTRIBUTES.filter((a) => a.kind !== 'url').map((a) => `--${a.name}`);
  const panel = ['--element', ...attributes, '--resource'];
  assert.deepEqual(
    flags('render').filter((f) => !['--format', '--base', '--url'].includes(f)),
    panel,
  );
  assert.deepEqual(
    flags('site').filter((f) => !['--url', '--out'].includes(f)),
    panel,
  );
});
