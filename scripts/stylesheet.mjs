#!/usr/bin/env node
// Writes the elements' stylesheet as a file, dist/partnership-panel.css, for prerendered panels
// (`partnership-panel render --format prerendered`): their declarative shadow roots link to it, since a
// strict Content-Security-Policy blocks an inline <style>. It is the same sheet the elements adopt, read
// from the library build; scripts/sri.mjs pins and hashes it next to the bundle.
import { writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { styles } = await import(new URL('dist/lib/internal/styles.js', root).href);
writeFileSync(new URL('dist/partnership-panel.css', root), `${styles.cssText.trim()}\n`);
