#!/usr/bin/env node
// Turns content/ into what the package ships. It checks every content/<lang>.json against
// content/schema.json, then:
//  - writes src/core/languages.ts, which imports the languages the one-tag bundle carries (English
//    and Spanish) and names the others, the add-on languages;
//  - writes each add-on language as its own small script, dist/lang/<lang>.js, which hands its content to
//    the elements (see src/core/content.ts) whether it runs before or after the bundle.
// Adding a language is dropping content/<lang>.json in and running `npm run build` (which runs this first).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('content/schema.json', root), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
/** The languages inside the one-tag bundle; every other content file is an add-on script. */
const BUNDLED = ['en', 'es'];

const langs = readdirSync(new URL('content/', root))
  .filter((file) => /^[a-z]{2,3}\.json$/.test(file))
  .map((file) => file.slice(0, -5))
  .sort();

let failed = false;
const files = {};
for (const lang of langs) {
  const data = JSON.parse(readFileSync(new URL(`content/${lang}.json`, root), 'utf8'));
  files[lang] = data;
  if (!validate(data)) {
    failed = true;
    console.error(`content/${lang}.json does not follow content/schema.json:`);
    for (const e of validate.errors) console.error(`  ${e.instancePath || '/'} ${e.message}`);
  } else if (data.lang !== lang) {
    failed = true;
    console.error(`content/${lang}.json says "lang": "${data.lang}"; it must be "${lang}".`);
  }
}
for (const lang of BUNDLED)
  if (!files[lang]) {
    failed = true;
    console.error(`content/${lang}.json is missing; the bundle carries it.`);
  }
if (failed) process.exit(1);
const addOns = langs.filter((lang) => !BUNDLED.includes(lang));

const ident = (lang) => `lang_${lang}`;
const source = `// Written by scripts/content.mjs from content/*.json (npm run build). Do not edit.
${BUNDLED.map((l) => `import ${ident(l)} from '../../content/${l}.json' with { type: 'json' };`).join('\n')}

/** The languages the one-tag bundle carries. */
export const languages = { ${BUNDLED.map((l) => `${l}: ${ident(l)}`).join(', ')} };
/** The languages that come as add-on scripts, dist/lang/<lang>.js. */
export const addOns = [${addOns.map((l) => `'${l}'`).join(', ')}];
`;
/** Writes a generated source file, unless it already says the same (so a rebuild does not touch it). */
function writeSource(path, text) {
  const target = new URL(path, root);
  let previous = '';
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    // Not written yet: write it below.
  }
  if (previous !== text) writeFileSync(target, text);
}
writeSource('src/core/languages.ts', source);
// Every add-on's content as a module, for the server renderer (src/render.ts), which the bundle never imports.
writeSource(
  'src/internal/add-on-content.ts',
  `// Written by scripts/content.mjs from content/*.json (npm run build). Do not edit.
${addOns.map((l) => `import ${ident(l)} from '../../content/${l}.json' with { type: 'json' };`).join('\n')}

/** The add-on languages' content, for rendering on a server (the browser gets each as a script). */
export const addOnContent: unknown[] = [${addOns.map(ident).join(', ')}];
`,
);

/** What the elements use of a content file: not the editor hint ($schema) or the translation's record. */
const shipped = ({ $schema: _schema, translation: _translation, ...content }) => content;

// Each add-on: its content, put in the page's queue (read by the elements when they load) and announced
// to elements already defined, as an event. Plain ES5 in one function, so it runs anywhere, before or
// after the bundle, as a classic or module script.
mkdirSync(new URL('dist/lang/', root), { recursive: true });
for (const lang of addOns) {
  const { translation } = files[lang];
  const script = `/*! partnership-panel ${version} | ${lang}: ${translation?.reviewed ? 'translation' : 'unofficial translation, not yet reviewed by a native speaker,'} of "Building Winning Partnerships" (c) Vermont Family Network, July 2025; not MIT, see LICENSE */
(function (c) {
  var queue = window.partnershipPanelLanguages;
  if (!Array.isArray(queue)) queue = window.partnershipPanelLanguages = [];
  queue.push(c);
  document.dispatchEvent(new CustomEvent('partnership-language', { detail: c }));
})(${JSON.stringify(shipped(files[lang]))});
`;
  writeFileSync(new URL(`dist/lang/${lang}.js`, root), script);
}
console.log(
  `content: ${BUNDLED.join(', ')} in the bundle; add-ons: ${addOns.map((l) => `dist/lang/${l}.js`).join(', ')}`,
);
