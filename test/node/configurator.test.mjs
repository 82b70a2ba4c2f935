// The configurator (demo/configurator.js, plain JS with no build step) imports the widget's rules from
// dist/configurator-kit.js (src/internal/configurator-kit.ts) rather than copying them: these tests
// check that no copy is back. Its form (demo/configurator.html) is markup, which cannot import: it must
// offer what the data allows. What the script still keeps by hand, the languages with their review
// status, must agree with the content files. Needs `npm run build` first (dist/attributes.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const built = (path) => {
  assert.ok(existsSync(new URL(`../../${path}`, import.meta.url)), `${path} is missing: run \`npm run build\` first`);
  return read(path);
};

const source = read('demo/configurator.js');
/** The attribute data as the build writes it from src/core/attributes.ts. */
const data = () => JSON.parse(built('dist/attributes.json'));
const english = JSON.parse(read('content/en.json'));
const sectionIds = english.audiences.flatMap((a) => a.sections.map((s) => s.id));
const quoted = (value) => new RegExp(`['"\`]${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);

/** The string literals of each array literal made only of string literals, such as ['list', 'accordion']. */
const stringArrays = (text) =>
  [...text.matchAll(/\[\s*((?:'[^'\n]*'|"[^"\n]*")(?:\s*,\s*(?:'[^'\n]*'|"[^"\n]*"))*)\s*,?\s*\]/g)].map((m) =>
    [...m[1].matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((s) => s[1] ?? s[2]),
  );

test('the configurator imports the rules from dist/configurator-kit.js, which has no Lit', () => {
  const imported = /import\s*\{([^}]*)\}\s*from\s*'\.\.\/dist\/configurator-kit\.js'/.exec(source)?.[1];
  assert.ok(imported, 'demo/configurator.js imports dist/configurator-kit.js');
  const names = imported.split(',').map((name) => name.trim());
  for (const name of [
    'ATTRIBUTES',
    'TAGS',
    'RESOURCE_FIELDS',
    'SECTIONS',
    'configure',
    'toRgb',
    'accentPalette',
    'BACKGROUNDS',
    'PHONE',
    'safeLink',
  ])
    assert.ok(names.includes(name), `it imports ${name}`);
  const kit = built('dist/configurator-kit.js');
  for (const name of names) assert.match(kit, new RegExp(`\\bas ${name}\\b`), `the kit exports ${name}`);
  assert.doesNotMatch(kit, /litHtmlVersions|litElementVersions|reactiveElementVersions/, 'no Lit in the kit');
});

test('the configurator holds no hand list of the attributes, their values or ranges, or the tags', () => {
  const { attributes, elements } = data();
  // No list of a keyword's values: ['list', 'accordion', …], ['fact-sheet', 'local'].
  for (const rule of attributes.filter((a) => a.kind === 'keyword'))
    for (const array of stringArrays(source))
      assert.ok(
        array.filter((value) => rule.values.includes(value)).length < 2,
        `no hand list of ${rule.name}'s values: [${array.join(', ')}]`,
      );
  assert.doesNotMatch(source, /\bconst KEYWORDS = \{/, 'no KEYWORDS object literal');
  assert.doesNotMatch(source, /['"]accordion['"]\s*,|['"]fact-sheet['"]\s*,/, 'no literal keyword lists');
  // No range: "from 1 to 6", 1000.
  for (const rule of attributes.filter((a) => a.kind === 'integer')) {
    assert.doesNotMatch(source, new RegExp(`\\b${rule.min} to ${rule.max}\\b`), `no copy of ${rule.name}'s range`);
    if (rule.max > 9) assert.doesNotMatch(source, new RegExp(`\\b${rule.max}\\b`), `no copy of ${rule.name}'s max`);
  }
  // No map of attribute names to property names ('heading-level': 'headingLevel').
  for (const rule of attributes.filter((a) => a.name !== a.property))
    assert.doesNotMatch(source, new RegExp(`['"]${rule.name}['"]\\s*:\\s*['"]${rule.property}['"]`), rule.name);
  // No tag names but through TAGS ('partnership-panel' is also the package's and the command's name).
  for (const [element, tag] of Object.entries(elements)) {
    assert.doesNotMatch(source, new RegExp(`\\b${element}:\\s*['"]${tag}['"]`), `no copy of TAGS.${element}`);
    if (tag !== 'partnership-panel') assert.doesNotMatch(source, quoted(tag), `no literal ${tag}`);
  }
  assert.doesNotMatch(source, /customElements\.get\(['"]/, 'the tag to look up is TAGS.panel');
  // No list of the resource fields.
  for (const array of stringArrays(source))
    assert.ok(!['name', 'phone', 'href', 'description'].every((f) => array.includes(f)), 'no RESOURCE_FIELDS copy');
});

test("the configurator holds no hand copy of the content's sections", () => {
  for (const id of sectionIds) assert.doesNotMatch(source, quoted(id), `no literal section id ${id}`);
});

test('the configurator holds no hand copy of the colour rules', () => {
  assert.doesNotMatch(source, /function toRgb\b|const toRgb\b/, 'no toRgb of its own');
  assert.doesNotMatch(source, /function contrast\b|const contrast\b|\bluminance\b|0\.2126|0\.04045/, 'no contrast');
  assert.doesNotMatch(source, /\[\s*20,\s*26,\s*33\s*\]|#141a21|\[\s*255,\s*255,\s*255\s*\]/i, 'no backgrounds');
  assert.doesNotMatch(source, /\bc\s*>=\s*4\.5\b|\bc\s*<\s*3\b|[<>]=?\s*4\.5\b/, 'no contrast thresholds of its own');
});

test('the configurator holds no hand copy of the phone and link rules', () => {
  assert.doesNotMatch(source, /const PHONE\b/, 'no PHONE of its own');
  assert.doesNotMatch(source, /\(\?=\(\\D\*\\d\)/, "no copy of PHONE's regular expression");
  assert.doesNotMatch(source, /['"]mailto:['"]/, 'no list of link schemes');
});

test("the configurator's form offers every value the data allows, and every section of the content", () => {
  const html = read('demo/configurator.html');
  const inputs = [...html.matchAll(/<input\b([^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? ''])),
  );
  for (const rule of data().attributes.filter((a) => a.kind === 'keyword')) {
    const radios = inputs.filter((i) => i.type === 'radio' && i.name === rule.name);
    assert.deepEqual(
      radios.map((r) => r.value),
      rule.values,
      `a choice for each value of ${rule.name}, in the data's order`,
    );
    assert.deepEqual(
      radios.filter((r) => 'checked' in r).map((r) => r.value),
      [rule.default],
      `${rule.name}'s default is chosen`,
    );
  }
  const boxes = inputs.filter((i) => i.type === 'checkbox' && i.name === 'sections');
  assert.deepEqual(
    boxes.map((b) => b.value),
    sectionIds,
    'a checkbox for each section of content/en.json, in its order',
  );
  for (const box of boxes) assert.equal(box.id, `section-${box.value}`);
});

test("the configurator offers every language, with each translation's review status", () => {
  const block = /const LANGUAGES = \{([\s\S]*?)\n\};/.exec(source)?.[1];
  assert.ok(block, 'demo/configurator.js defines LANGUAGES');
  const offered = Object.fromEntries(
    [...block.matchAll(/^\s+(\w+): \{ addOn: (true|false), reviewed: (true|false|null) \}/gm)].map((m) => [
      m[1],
      { addOn: m[2] === 'true', reviewed: JSON.parse(m[3]) },
    ]),
  );
  const files = readdirSync(new URL('../../content/', import.meta.url)).filter((f) => /^[a-z]{2,3}\.json$/.test(f));
  assert.deepEqual(Object.keys(offered).sort(), files.map((f) => f.slice(0, -5)).sort());
  for (const file of files) {
    const content = JSON.parse(read(`content/${file}`));
    const lang = content.lang;
    assert.equal(offered[lang].addOn, !['en', 'es'].includes(lang), `${lang}: add-on or in the bundle`);
    assert.equal(
      offered[lang].reviewed,
      content.translation ? content.translation.reviewed : null,
      `${lang}: reviewed`,
    );
    assert.match(read('demo/configurator.html'), new RegExp(`<option value="${lang}">`), `${lang} is offered`);
  }
});
