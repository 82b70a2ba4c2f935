// Subresource Integrity: dist/integrity.json, the version-pinned copy and the README's pinned snippet
// must all agree with the built bundle. `npm test` builds before this runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const { version } = JSON.parse(read('package.json'));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

test('dist/integrity.json holds the sha384 of the bundle and of its version-pinned copy', () => {
  const integrity = JSON.parse(read('dist/integrity.json'));
  const bundle = read('dist/partnership-panel.js');
  const pinned = read(`dist/partnership-panel-${version}.js`);
  assert.ok(bundle.equals(pinned), 'the pinned copy is the same file');
  assert.equal(integrity.version, version);
  assert.equal(integrity['partnership-panel.js'], sha384(bundle));
  assert.equal(integrity[`partnership-panel-${version}.js`], sha384(pinned));
});

test("dist/integrity.json holds the sha384 of the prerendered snippet's script and of its version-pinned copy", () => {
  const integrity = JSON.parse(read('dist/integrity.json'));
  const script = read('dist/partnership-panel-prerendered.js');
  assert.ok(
    script.equals(read(`dist/partnership-panel-prerendered-${version}.js`)),
    'the pinned copy is the same file',
  );
  assert.equal(integrity['partnership-panel-prerendered.js'], sha384(script));
  assert.equal(integrity[`partnership-panel-prerendered-${version}.js`], sha384(script));
});

test('dist/integrity.json holds the sha384 of each add-on language script and of its pinned copy', () => {
  const integrity = JSON.parse(read('dist/integrity.json'));
  const addOns = readdirSync(new URL('dist/lang/', root)).filter((f) => /^[a-z]{2,3}\.js$/.test(f));
  assert.ok(addOns.length >= 6, `add-ons: ${addOns.join(', ')}`);
  for (const file of addOns) {
    const bytes = read(`dist/lang/${file}`);
    const pinned = `lang/${file.replace(/\.js$/, `-${version}.js`)}`;
    assert.equal(integrity[`lang/${file}`], sha384(bytes), file);
    assert.ok(bytes.equals(read(`dist/${pinned}`)), `${pinned} is the same file`);
    assert.equal(integrity[pinned], sha384(bytes), pinned);
  }
});

test("the README's pinned snippet carries this version, the built file's hash and crossorigin", () => {
  const readme = read('README.md').toString();
  const match = /<script src="([^"]+)"\n {2}integrity="([^"]+)"\n {2}crossorigin="anonymous"><\/script>/.exec(readme);
  assert.ok(match, 'README.md has a pinned snippet with integrity and crossorigin="anonymous"');
  assert.ok(match[1].endsWith(`partnership-panel@${version}/dist/partnership-panel-${version}.js`), match[1]);
  assert.equal(
    match[2],
    sha384(read('dist/partnership-panel.js')),
    'the README is out of date: run `npm run build && node scripts/sri.mjs --readme` and commit README.md',
  );
});
