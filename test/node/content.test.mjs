// Checks of the content files that need no browser: the schema, the languages agreeing with each
// other, fidelity to the fact sheet, and no tip text in src/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { factSheetTips } from '../fixtures/fact-sheet.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('content/schema.json'));
const languages = readdirSync(new URL('content/', root))
  .filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)*\.json$/i.test(f))
  .map((f) => f.replace(/\.json$/, ''));
const content = Object.fromEntries(languages.map((lang) => [lang, JSON.parse(read(`content/${lang}.json`))]));
const en = content.en;
const tipsOf = (c) => c.audiences.flatMap((a) => a.sections.flatMap((s) => s.tips));
const placeholders = (text) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
/** A plural label's key: its base name and its CLDR plural category. */
const PLURAL = /^(tipCount|showMore)_(zero|one|two|few|many|other)$/;
/**
 * Whether a plural label says its number in words, without {count}: allowed in the categories one and
 * two only, where the language's category stands for a single number (Arabic one is 1, two is 2;
 * French one is 0 and 1, so it may not), and only if the label has no digit of any script.
 */
const inWords = (lang, category, text) => {
  if (!['one', 'two'].includes(category) || text.includes('{count}') || /\p{Nd}/u.test(text)) return false;
  const rules = new Intl.PluralRules(lang);
  return Array.from({ length: 1000 }, (_, n) => n).filter((n) => rules.select(n) === category).length === 1;
};

test('English and Spanish are shipped', () => {
  assert.ok(languages.includes('en') && languages.includes('es'), `content/ has ${languages.join(', ')}`);
});

for (const lang of languages) {
  test(`content/${lang}.json follows content/schema.json`, () => {
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const ok = validate(content[lang]);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
    assert.equal(content[lang].lang, lang);
  });

  test(`content/${lang}.json has the same audiences, sections, tip counts, phones and labels as English`, () => {
    const shape = (c) => ({
      audiences: c.audiences.map((a) => [
        a.id,
        !!a.lead,
        a.sections.map((s) => [s.id, s.tips.length, !!s.introduction]),
      ]),
      introduction: c.introduction.length,
      phones: [...c.resources.items.map((r) => r.phone), c.publisher.phone],
      date: c.published.date,
      // A translation has one label more: the line saying it is one. Plural labels are compared by
      // their base name: each language has its own plural categories (next test).
      labels: [...new Set(Object.keys(c.labels).map((k) => k.replace(/_[a-z]+$/, '')))]
        .filter((k) => k !== 'translationNotice')
        .sort(),
    });
    assert.deepEqual(shape(content[lang]), shape(en));
  });

  test(`content/${lang}.json's labels keep English's placeholders`, () => {
    for (const [key, text] of Object.entries(content[lang].labels)) {
      if (key === 'translationNotice') continue;
      const plural = key.match(PLURAL);
      const english = en.labels[key] ?? (plural && en.labels[`${plural[1]}_other`]);
      assert.ok(english, `labels.${key} is not a label English has`);
      // A plural label may say its number in words ("نصيحتان", two tips) instead of {count}: only in
      // the one or two category, only where that category is a single number, and with no digit in it.
      if (plural && inWords(lang, plural[2], text)) assert.deepEqual(placeholders(text), [], `labels.${key}`);
      else assert.deepEqual(placeholders(text), placeholders(english), `labels.${key}`);
    }
  });

  test(`content/${lang}.json has a plural label for each plural category of its language, and no other`, () => {
    const categories = [...new Set([...new Intl.PluralRules(lang).resolvedOptions().pluralCategories, 'other'])].sort();
    for (const base of ['tipCount', 'showMore']) {
      const present = Object.keys(content[lang].labels)
        .map((key) => key.match(PLURAL))
        .filter((m) => m?.[1] === base)
        .map((m) => m[2])
        .sort();
      assert.deepEqual(present, categories, `labels.${base}_*`);
    }
  });

  test(`content/${lang}.json's credit and contact lines have exactly their placeholders`, () => {
    assert.deepEqual(placeholders(content[lang].labels.credit), ['{published}', '{source}'], 'labels.credit');
    assert.deepEqual(placeholders(content[lang].labels.contact), ['{contact}', '{phone}'], 'labels.contact');
  });

  if (lang !== 'en')
    test(`content/${lang}.json says it is a translation, how it was made, and marks the English names`, () => {
      const c = content[lang];
      assert.equal(c.translation?.from, 'en');
      assert.equal(typeof c.translation.reviewed, 'boolean');
      assert.ok(c.translation.method.length > 20, 'says how it was translated');
      if (c.translation.reviewed) assert.ok(c.translation.reviewedBy, 'a reviewed file names its reviewer');
      assert.deepEqual(c.labels.translationNotice.match(/\{\w+\}/g), ['{title}']);
      // The organisation names stay in English, and say so.
      c.resources.items.forEach((r, i) => {
        assert.equal(r.name, en.resources.items[i].name);
        assert.equal(r.nameLang, 'en');
      });
      assert.equal(c.publisher.nameLang, 'en');
      assert.equal(c.title === en.title, false, 'the title is translated');
    });
}

test('the add-on languages are every shipped language but English and Spanish, each a script in dist/lang/', () => {
  const expected = languages.filter((l) => !['en', 'es'].includes(l)).sort();
  const list = `export const addOns = [${expected.map((l) => `'${l}'`).join(', ')}];`;
  assert.ok(read('src/core/languages.ts').includes(list), list);
  for (const lang of expected) {
    const script = read(`dist/lang/${lang}.js`);
    assert.match(script, /^\/\*! partnership-panel /);
    assert.ok(script.includes(`"lang":"${lang}"`), `dist/lang/${lang}.js carries content/${lang}.json`);
    assert.ok(!script.includes('"translation"') && !script.includes('$schema'), 'no record for people in the script');
  }
});

test('the schema rejects a file of the wrong shape', () => {
  const validate = new Ajv2020().compile(schema);
  const broken = structuredClone(en);
  broken.audiences[0].sections[0].tips = 'not a list';
  assert.equal(validate(broken), false);
  assert.equal(
    validate({ ...en, resources: { heading: 'R', items: [{ name: 'X', href: 'javascript:alert(1)' }] } }),
    false,
  );
});

test('every tip of the fact sheet is in content/en.json, word for word, in order', () => {
  const lists = factSheetTips(read('test/fixtures/fact-sheet.txt'));
  assert.deepEqual(
    lists.map((l) => l.tips.length),
    [10, 4, 10],
  );
  const sections = en.audiences.flatMap((a) => a.sections);
  assert.deepEqual(
    sections.map((s) => s.id),
    ['build-trust', 'transportation-child-care', 'families-can-do'],
  );
  sections.forEach((s, i) => assert.deepEqual(s.tips, lists[i].tips, `section ${s.id}`));
});

test('the rest of the fact sheet is in content/en.json too', () => {
  const sheet = read('test/fixtures/fact-sheet.txt').replace(/parentprofessional/g, 'parent-professional');
  const texts = [
    en.title,
    ...en.introduction,
    ...en.audiences.flatMap((a) => [a.heading, ...(a.sections.length > 1 ? a.sections.map((s) => s.heading) : [])]),
    ...en.audiences.flatMap((a) => a.sections.map((s) => s.introduction)),
    en.closing,
    ...en.resources.items.flatMap((r) => [r.name, r.description, r.phone]),
    en.publisher.contact,
    en.publisher.phone,
    en.published.label,
    en.disclaimer,
  ];
  for (const text of texts) assert.ok(sheet.includes(text), `not in the fact sheet: ${text}`);
  // The headline is set over several lines in the PDF.
  assert.equal(en.headline, 'When families and professionals work well together, children win!');
});

test('no tip text lives in src/', () => {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(new URL(dir, root), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}${entry.name}/`);
      else if (entry.name.endsWith('.ts')) files.push(read(`${dir}${entry.name}`));
    }
  };
  walk('src/');
  for (const lang of languages)
    for (const tip of tipsOf(content[lang])) {
      const probe = tip.slice(0, 40);
      assert.ok(!files.some((f) => f.includes(probe)), `src/ carries tip text: ${probe}`);
    }
});

test('src/internal/version.ts matches package.json', () => {
  const { version } = JSON.parse(read('package.json'));
  assert.match(read('src/internal/version.ts'), new RegExp(`VERSION = '${version.replace(/\./g, '\\.')}'`));
});
