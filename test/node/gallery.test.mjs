// The gallery (demo/index.html): its "Embed it" code is the pinned, integrity-checked snippet of this
// build (the page runs under a CSP that lets it read no file, so the code is static and checked here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const page = read('demo/index.html').toString();
const { version } = JSON.parse(read('package.json'));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const decode = (html) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

test('the gallery\'s "Embed it" code loads the version-pinned CDN file with its integrity hash', () => {
  const code = /<code id="embed-code">([\s\S]*?)<\/code>/.exec(page)?.[1];
  assert.ok(code, 'demo/index.html has <code id="embed-code">');
  const pinned = `partnership-panel-${version}.js`;
  const integrity = JSON.parse(read('dist/integrity.json'));
  const expected =
    `<script src="https://cdn.jsdelivr.net/npm/partnership-panel@${version}/dist/${pinned}"\n` +
    `  integrity="${integrity[pinned]}"\n` +
    '  crossorigin="anonymous"></script>\n\n<partnership-panel></partnership-panel>';
  assert.equal(integrity[pinned], sha384(read(`dist/${pinned}`)), 'dist/integrity.json matches the built file');
  assert.equal(
    decode(code),
    expected,
    'the gallery is out of date: after `npm run build`, put the hash of ' +
      `${pinned} from dist/integrity.json into the "Embed it" code of demo/index.html`,
  );
});
