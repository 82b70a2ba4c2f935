#!/usr/bin/env node
// The library build's types: dist/lib/**/*.d.ts beside the JS of `rollup -c` (run by `npm run build`).
// TypeScript 7's native `tsc` emits the declarations (tsconfig.build.json); this script then
//  - writes dist/lib/events.d.ts: the elements' events in HTMLElementEventMap, so that
//    `el.addEventListener('partnership-link', (e) => e.detail.href)` is typed, and imports it from
//    index.d.ts and define.d.ts;
//  - makes define.d.ts import index.d.ts, so `import 'partnership-panel/define'` alone brings the
//    HTMLElementTagNameMap entries (`document.querySelector('partnership-panel')` is a PartnershipPanel);
//  - drops the declarations of modules the library does not ship (the bundle's own);
//  - names Lit's template type through `lit/html.js` (the package's own dependency) instead of
//    `lit-html`, which strict installs (pnpm) do not let a consumer resolve.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'dist/lib');

for (const file of walk(out)) if (file.endsWith('.d.ts')) rmSync(file);
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status || 1);

// Declarations of modules that the library build does not ship (src/internal/mount.ts is the bundle's).
for (const file of walk(out)) if (file.endsWith('.d.ts') && !existsSync(file.replace(/\.d\.ts$/, '.js'))) rmSync(file);
const declarations = walk(out).filter((file) => file.endsWith('.d.ts'));
for (const file of declarations) {
  const text = readFileSync(file, 'utf8');
  const next = text.replaceAll('import("lit-html")', 'import("lit/html.js")');
  if (next !== text) writeFileSync(file, next);
}

writeFileSync(
  join(out, 'events.d.ts'),
  `// Written by scripts/types.mjs.
import type { PartnershipLinkDetail } from './internal/partnership-element.js';
import type { PartnershipToggleDetail } from './internal/tips-element.js';

/** The events the partnership elements send. Both bubble and are composed. */
export interface PartnershipEventMap {
  /** An accordion section, or the "Show all tips" button, opened or closed. */
  'partnership-toggle': CustomEvent<PartnershipToggleDetail>;
  /** A phone, email or web link was used. */
  'partnership-link': CustomEvent<PartnershipLinkDetail>;
}

declare global {
  interface HTMLElementEventMap extends PartnershipEventMap {}
}
`,
);
const append = (name, line) => {
  const file = join(out, name);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(line)) writeFileSync(file, `${text.trimEnd()}\n${line}\n`);
};
append('index.d.ts', "export type { PartnershipEventMap } from './events.js';");
// define.d.ts is `export {};` (the module exports nothing); importing it must still bring the tag and event maps.
append('define.d.ts', "import './index.js';");

console.log(`types: ${declarations.length + 1} declaration files in dist/lib/`);

function walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
