// The gallery (demo/index.html): its "Embed it" code is the pinned, integrity-checked snippet of this
// build (the page runs under a CSP that lets it read no file, so the code is static and checked here),
// each example shows the exact markup it renders, and the table of contents lists every example.
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

const figures = [...page.matchAll(/<figure class="variant[^"]*" id="(v-[\w-]+)"[\s\S]*?<\/figure>/g)];

test('every gallery example shows the exact markup it renders', () => {
  assert.ok(figures.length >= 16, `${figures.length} examples`);
  for (const [figure, id] of figures) {
    const code = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(figure)?.[1];
    const stage = /<div class="variant-stage[^"]*">([\s\S]*?)<\/div>\s*<\/figure>/.exec(figure)?.[1];
    assert.ok(code && stage, `${id} has its code and its stage`);
    // The markup, then (for the themed example) the stylesheet rule after a blank line.
    assert.equal(decode(code).split('\n\n')[0], stage.trim(), id);
  }
});

test('the gallery lists every example in its table of contents, in order, with the new layouts and options', () => {
  const toc = [...(/<ol class="demo-toc">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '').matchAll(/href="#(v-[\w-]+)"/g)].map(
    (m) => m[1],
  );
  assert.deepEqual(
    toc,
    figures.map((f) => f[1]),
  );
  const markup = figures.map(([figure]) => figure).join('\n');
  for (const attribute of [
    'layout="accordion"',
    'layout="cards"',
    'layout="compact"',
    'theme="dark"',
    'limit="3"',
    'tip-of-the-day',
  ])
    assert.ok(markup.includes(attribute), attribute);
  assert.match(
    /<figure class="variant[^"]*" id="v-compact"[\s\S]*?<\/figure>/.exec(page)[0],
    /variant-stage-narrow/,
    'the compact example stands in a narrow stage',
  );
});
