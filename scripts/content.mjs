#!/usr/bin/env node
// Turns content/ into what the bundle ships: checks every content/<lang>.json against
// content/schema.json, then writes src/internal/languages.ts, which imports each one. Adding a language
// is dropping content/<lang>.json in and running `npm run build` (which runs this first).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('content/schema.json', root), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const langs = readdirSync(new URL('content/', root))
  .filter((file) => /^[a-z]{2,3}\.json$/.test(file))
  .map((file) => file.slice(0, -5))
  .sort();

let failed = false;
for (const lang of langs) {
  const data = JSON.parse(readFileSync(new URL(`content/${lang}.json`, root), 'utf8'));
  if (!validate(data)) {
    failed = true;
    console.error(`content/${lang}.json does not follow content/schema.json:`);
    for (const e of validate.errors) console.error(`  ${e.instancePath || '/'} ${e.message}`);
  } else if (data.lang !== lang) {
    failed = true;
    console.error(`content/${lang}.json says "lang": "${data.lang}"; it must be "${lang}".`);
  }
}
if (failed) process.exit(1);

const ident = (lang) => `lang_${lang}`;
const source = `// Written by scripts/content.mjs from content/*.json (npm run build). Do not edit.
${langs.map((l) => `import ${ident(l)} from '../../content/${l}.json' with { type: 'json' };`).join('\n')}

export const languages = { ${langs.map((l) => `${l}: ${ident(l)}`).join(', ')} };
`;
const target = new URL('src/internal/languages.ts', root);
let previous = '';
try {
  previous = readFileSync(target, 'utf8');
} catch {
  // Not written yet: write it below.
}
if (previous !== source) writeFileSync(target, source);
console.log(`content: ${langs.join(', ')}`);
