// The configurator (demo/configurator.js, plain JS with no build step) checks phone numbers with its own
// copy of the widget's rule: the two must stay the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const phoneRule = (source) => /const PHONE = (\/.+\/[a-z]*);/.exec(source)?.[1];

test("the configurator's phone rule is the widget's", () => {
  const widget = phoneRule(read('src/internal/urls.ts'));
  assert.ok(widget, 'src/internal/urls.ts defines PHONE');
  assert.equal(phoneRule(read('demo/configurator.js')), widget);
});
