#!/usr/bin/env node
// Subresource Integrity for the one-tag bundle, the prerendered snippet's script and the add-on language
// scripts. Run by `npm run build` after rollup: writes the version-pinned copies
// dist/partnership-panel-<version>.js, dist/partnership-panel-prerendered-<version>.js and
// dist/lang/<lang>-<version>.js, and dist/integrity.json (each file's sha384, by its path under dist/).
// With --readme it also rewrites the pinned snippets of the README and of the gallery page
// (demo/index.html, escaped there) to the new hash; tests check that they and the built file agree, so
// run `npm run build && node scripts/sri.mjs --readme` and commit both whenever the bundle changes.
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { version, name } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const main = 'partnership-panel.js';
const pinned = `partnership-panel-${version}.js`;

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const integrity = { version };
/** A file under dist/ and its version-pinned copy, both hashed. */
function pin(file, pinnedFile) {
  copyFileSync(new URL(`dist/${file}`, root), new URL(`dist/${pinnedFile}`, root));
  const hash = sri(readFileSync(new URL(`dist/${file}`, root)));
  integrity[file] = hash;
  integrity[pinnedFile] = hash;
}
pin(main, pinned);
pin('partnership-panel-prerendered.js', `partnership-panel-prerendered-${version}.js`);
pin('partnership-panel.css', `partnership-panel-${version}.css`);
const addOns = readdirSync(new URL('dist/lang/', root))
  .filter((file) => /^[a-z]{2,3}\.js$/.test(file))
  .sort();
for (const file of addOns) pin(`lang/${file}`, `lang/${file.replace(/\.js$/, `-${version}.js`)}`);
writeFileSync(new URL('dist/integrity.json', root), `${JSON.stringify(integrity, null, 2)}\n`);

if (process.argv.includes('--readme')) {
  const readme = new URL('README.md', root);
  const text = readFileSync(readme, 'utf8');
  const snippet = `<script src="https://cdn.jsdelivr.net/npm/${name}@${version}/dist/${pinned}"\n  integrity="${integrity[pinned]}"\n  crossorigin="anonymous"></script>`;
  const next = text.replace(
    /<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]+"\n {2}integrity="[^"]+"\n {2}crossorigin="anonymous"><\/script>/,
    snippet,
  );
  if (next === text && !text.includes(snippet)) throw new Error('README.md has no pinned snippet to update');
  writeFileSync(readme, next);
  const gallery = new URL('demo/index.html', root);
  const page = readFileSync(gallery, 'utf8');
  const hash = integrity[pinned];
  const nextPage = page.replace(/(npm\/partnership-panel@[^"]+"\n {2}integrity=")sha384-[^"]+"/, `$1${hash}"`);
  if (!nextPage.includes(hash)) throw new Error('demo/index.html has no pinned snippet to update');
  writeFileSync(gallery, nextPage);
  console.log(`README.md and demo/index.html: pinned snippet now ${hash}`);
}
