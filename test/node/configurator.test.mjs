// The configurator (demo/configurator.js, plain JS with no build step) imports the widget's rules from
// dist/configurator-kit.js (src/internal/configurator-kit.ts) rather than copying them. What it still
// keeps by hand, the languages with their review status, must agree with the content files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('the configurator holds no hand copy of the phone and link rules', () => {
  const source = read('demo/configurator.js');
  assert.doesNotMatch(source, /const PHONE\b/, 'no PHONE of its own');
  assert.doesNotMatch(source, /\(\?=\(\\D\*\\d\)/, "no copy of PHONE's regular expression");
  assert.doesNotMatch(source, /['"]mailto:['"]/, 'no list of link schemes');
});

test("the configurator offers every language, with each translation's review status", () => {
  const source = read('demo/configurator.js');
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
