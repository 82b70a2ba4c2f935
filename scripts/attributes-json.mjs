#!/usr/bin/env node
// Writes dist/attributes.json from the attribute data (src/core/attributes.ts, through the library
// build), for what cannot import it: the WordPress plugin's PHP (its checks) and its block (its
// attributes and the values its settings offer). Run by `npm run build` after Rollup.
import { writeFileSync } from 'node:fs';
import { ATTRIBUTES, ATTRIBUTE_DOCS, RESOURCE_DOCS, RESOURCE_FIELDS, TAGS } from '../dist/lib/core/index.js';

const data = {
  $comment: 'Written by scripts/attributes-json.mjs from src/core/attributes.ts (npm run build). Do not edit.',
  elements: TAGS,
  attributes: ATTRIBUTES.map((a) => ({ ...a, doc: ATTRIBUTE_DOCS[a.name] })),
  resourceFields: RESOURCE_FIELDS.map((name) => ({ name, doc: RESOURCE_DOCS[name] })),
};
writeFileSync(new URL('../dist/attributes.json', import.meta.url), `${JSON.stringify(data, null, 2)}\n`);
