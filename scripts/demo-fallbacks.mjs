#!/usr/bin/env node
// The demo site pages (school, clinic) do what the README tells editors to do: each element holds the
// panel as plain HTML (what `partnership-panel render` writes for its attributes), which shows before the
// script has run, or where it cannot, and keeps the panel's space. This writes that HTML into the pages;
// test/node/demo-fallbacks.test.mjs checks it is current. Run `npm run build && node
// scripts/demo-fallbacks.mjs` and commit the pages when the content or the plain HTML changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const PAGES = ['demo/school.html', 'demo/clinic.html'];
const root = new URL('../', import.meta.url);
const ELEMENT = /(^[ \t]*)<(partnership-(?:panel|tips|resources))((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>([\s\S]*?)<\/\2>/gm;
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** The page with each element's content replaced by its plain HTML, formatted as the repository formats HTML. */
export async function withFallbacks(page, file) {
  const { renderPanel } = await import('../dist/lib/render.js');
  const parts = [];
  let last = 0;
  for (const match of page.matchAll(ELEMENT)) {
    const [whole, indent, tag, attributes] = match;
    const options = { element: tag.replace('partnership-', ''), format: 'html' };
    for (const [, name, value] of attributes.matchAll(/([a-z-]+)(?:="([^"]*)")?/g))
      if (name !== 'class' && name !== 'style') options[camel(name)] = value ?? true;
    const html = (await renderPanel(options)).trimEnd();
    parts.push(page.slice(last, match.index), `${indent}<${tag}${attributes}>\n${indent}  ${html}\n${indent}</${tag}>`);
    last = match.index + whole.length;
  }
  const filepath = fileURLToPath(new URL(file, root));
  return prettier.format(parts.join('') + page.slice(last), { ...(await prettier.resolveConfig(filepath)), filepath });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of PAGES) {
    const url = new URL(file, root);
    writeFileSync(url, await withFallbacks(readFileSync(url, 'utf8'), file));
    console.log(`${file}: fallbacks written`);
  }
}
