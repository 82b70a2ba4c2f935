#!/usr/bin/env node
// Subresource Integrity for the one-tag bundle. Run by `npm run build` after rollup: writes the
// version-pinned copy dist/partnership-panel-<version>.js and dist/integrity.json (each file's sha384).
// With --readme it also rewrites the README's pinned snippet to the new hash; a test checks that the
// README and the built file agree, so run `npm run build && node scripts/sri.mjs --readme` and commit
// the README whenever the bundle changes.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { version, name } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const main = 'partnership-panel.js';
const pinned = `partnership-panel-${version}.js`;

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

copyFileSync(new URL(`dist/${main}`, root), new URL(`dist/${pinned}`, root));
const bytes = readFileSync(new URL(`dist/${main}`, root));
const integrity = { version, [main]: sri(bytes), [pinned]: sri(bytes) };
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
  console.log(`README.md: pinned snippet now ${integrity[pinned]}`);
}
