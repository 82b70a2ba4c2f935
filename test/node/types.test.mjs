// The library build's types (dist/lib/*.d.ts, from `npm run build`): they exist where package.json's
// "types" and "exports" say, declare every tag in HTMLElementTagNameMap and the events in
// HTMLElementEventMap, and a consumer's TypeScript (test/node/types/consumer.mts) compiles against them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));

test('the .d.ts files named by "types" and "exports" exist', () => {
  const targets = [pkg.types, pkg.exports['.'].types, pkg.exports['./define'].types, pkg.exports['./bundle'].types];
  for (const target of targets)
    assert.ok(existsSync(new URL(target, root)), `${target} is missing: run \`npm run build\` first`);
  assert.equal(pkg.exports['.'].types.replace(/^\.\//, ''), pkg.types);
});

test('every element declares itself in HTMLElementTagNameMap, and index.d.ts reaches them all', () => {
  const index = read('dist/lib/index.d.ts');
  for (const [tag, file] of [
    ['partnership-panel', 'partnership-panel/partnership-panel'],
    ['partnership-tips', 'partnership-tips/partnership-tips'],
    ['partnership-resources', 'partnership-resources/partnership-resources'],
    ['partnership-resource', 'partnership-resource/partnership-resource'],
  ]) {
    const dts = read(`dist/lib/${file}.d.ts`);
    assert.match(
      dts,
      /interface HTMLElementTagNameMap\s*\{[^}]*'[a-z-]+': \w+;/,
      `${file}.d.ts declares HTMLElementTagNameMap`,
    );
    assert.ok(dts.includes(`'${tag}':`), `${file}.d.ts maps '${tag}'`);
    assert.ok(index.includes(`from './${file}.js'`), `index.d.ts exports ${file}`);
  }
  assert.match(
    read('dist/lib/define.d.ts'),
    /import '\.\/index\.js';/,
    'importing the define entry brings the tag map',
  );
});

test('the events are typed in HTMLElementEventMap', () => {
  const events = read('dist/lib/events.d.ts');
  assert.match(events, /interface HTMLElementEventMap extends PartnershipEventMap/);
  assert.match(events, /'partnership-toggle': CustomEvent<PartnershipToggleDetail>;/);
  assert.match(events, /'partnership-link': CustomEvent<PartnershipLinkDetail>;/);
  assert.match(read('dist/lib/index.d.ts'), /from '\.\/events\.js'/);
});

test('no declaration names a package the consumer may not have (lit-html is reached through lit)', () => {
  for (const file of [
    'partnership-panel/partnership-panel',
    'partnership-tips/partnership-tips',
    'internal/partnership-element',
  ])
    assert.doesNotMatch(read(`dist/lib/${file}.d.ts`), /["']lit-html["']/);
});

test("a consumer's TypeScript compiles against the built types (tsc -p test/node/types)", () => {
  const tsc = fileURLToPath(new URL('node_modules/.bin/tsc', root));
  const result = spawnSync(tsc, ['-p', fileURLToPath(new URL('test/node/types/', root))], { encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});
