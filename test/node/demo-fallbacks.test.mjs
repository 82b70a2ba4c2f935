// The demo site pages hold, inside each element, the plain HTML `partnership-panel render` writes for its
// attributes (scripts/demo-fallbacks.mjs puts it there): it must be current. `npm test` builds first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PAGES, withFallbacks } from '../../scripts/demo-fallbacks.mjs';

for (const file of PAGES)
  test(`${file}: each element holds its current plain HTML (else run node scripts/demo-fallbacks.mjs)`, async () => {
    const page = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.match(page, /<partnership-(panel|tips|resources)[^>]*>\s*<section lang=/);
    assert.equal(page, await withFallbacks(page, file));
  });
