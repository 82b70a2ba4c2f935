// The bundle's size budget: dist/partnership-panel.js (Lit, the elements, English and Spanish) must stay
// within 24.5 KiB after gzip -9 (what a CDN serves is close to it). It was 20 KiB until the design pass
// (#13), which added about 1.6 KiB: summary first, tip counts, call cards, per-section "Show N more",
// the compact layout and the plain variant, their labels in both languages, and the stylesheet for
// them. It was 22 KiB until the core (#20) and "Families first" (#21), which added about 2.4 KiB: the
// attribute rules as data, configure() and documentOf() (about 1.1 KiB, for one place for each rule
// instead of copies in the elements, the plain HTML, the PHP and the configurator), the contents list,
// native disclosures with a label for each state, "Show all sections", their labels in both languages
// and the print styles (about 1.3 KiB). Staying at 22 KiB would have meant moving Spanish to an add-on
// script like the other languages (about 2.3 KiB, and a second tag for every Spanish page) or giving up
// compiled templates (0.6 KiB, a quarter of a panel's first render) and still cutting a feature: we
// raised the budget instead. `npm test` builds the bundle before running test/node/; run alone, build first.
// `npm run bench` reports the same figure with brotli, and what each part costs.
//
// The prerendered snippet's script, dist/partnership-panel-prerendered.js, is the same elements with
// Lit's hydration support (about 2 KiB) and without compiled templates (which that support cannot
// hydrate; about 0.7 KiB less): its budget is 1 KiB more. Only pages that prerender load it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Each script and its budget in KiB (gzip -9): the one-tag bundle, and the prerendered snippet's script. */
const BUDGETS = [
  ['partnership-panel.js', 24.5],
  ['partnership-panel-prerendered.js', 25.5],
];
const dist = (file) => new URL(`../../dist/${file}`, import.meta.url);

for (const [file, kib] of BUDGETS) {
  const budget = kib * 1024;
  test(`dist/${file} is at most ${kib} KiB (${budget} bytes) gzipped with gzip -9`, () => {
    assert.ok(existsSync(dist(file)), `dist/${file} is missing: run \`npm run build\` first`);
    const gzipped = gzipSync(readFileSync(dist(file)), { level: 9 }).length;
    assert.ok(
      gzipped <= budget,
      `dist/${file} is ${gzipped} bytes with gzip -9, ${gzipped - budget} bytes over its budget of ${budget} bytes (${kib} KiB)`,
    );
  });
}

// Main-thread time is a benchmark (npm run bench), not a test; what a test can hold is that the bundle
// keeps asking V8 to compile its functions while streaming, off the main thread (see rollup.config.mjs).
for (const [file] of BUDGETS)
  test(`dist/${file} opens with its licence line, then the eager-compilation hint`, () => {
    const [licence, hint] = readFileSync(dist(file), 'utf8').split('\n', 2);
    assert.match(licence, /^\/\*! partnership-panel /);
    assert.equal(hint, '//# allFunctionsCalledOnLoad');
  });
