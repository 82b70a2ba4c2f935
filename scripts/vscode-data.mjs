#!/usr/bin/env node
// Editor autocompletion: turns custom-elements.json into vscode.html-custom-data.json (VS Code's HTML
// custom data format, version 1.1), so VS Code completes the tags, their attributes and the allowed
// values, with descriptions on hover. Run by `npm run analyze` (and so by `npm run build`) after the
// analyzer. In a project that installs the package, add to .vscode/settings.json:
//   "html.customData": ["./node_modules/partnership-panel/vscode.html-custom-data.json"]
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const { homepage } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** `'a' | 'b'` or `1 | 2` → ['a', 'b'] / ['1', '2']; anything else (string, number) → undefined. */
function literals(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim());
  if (!parts.length || !parts.every((p) => /^'[^']*'$|^"[^"]*"$|^-?\d+$/.test(p))) return undefined;
  return parts.map((p) => p.replace(/^['"]|['"]$/g, ''));
}

const unquote = (value) => value?.replace(/^'(.*)'$/, '$1');
const list = (title, items, show) => (items?.length ? `\n\n**${title}:** ${items.map(show).join('; ')}` : '');

const tags = [];
for (const module of manifest.modules)
  for (const d of module.declarations ?? []) {
    if (!d.customElement || !d.tagName) continue;
    const description =
      (d.summary || d.description || '') +
      list(
        'Events',
        d.events,
        (e) => `\`${e.name}\`${e.type ? ` (${e.type.text})` : ''}${e.description ? `: ${e.description}` : ''}`,
      ) +
      list('Slots', d.slots, (s) => `${s.name ? `\`${s.name}\`` : 'default'}: ${s.description ?? ''}`) +
      list('CSS parts', d.cssParts, (p) => `\`${p.name}\``) +
      list('CSS custom properties', d.cssProperties, (p) => `\`${p.name}\``);
    tags.push({
      name: d.tagName,
      description: { kind: 'markdown', value: description },
      attributes: (d.attributes ?? []).map((a) => {
        const attribute = { name: a.name };
        const text = [
          a.description,
          a.default !== undefined && a.type?.text !== 'boolean' ? `Default: \`${unquote(a.default)}\`.` : '',
        ]
          .filter(Boolean)
          .join(' ');
        if (text) attribute.description = { kind: 'markdown', value: text };
        if (a.type?.text === 'boolean') attribute.valueSet = 'v';
        else {
          const values = literals(a.type?.text);
          if (values) attribute.values = values.map((name) => ({ name }));
        }
        return attribute;
      }),
      references: homepage ? [{ name: 'Documentation', url: homepage }] : [],
    });
  }

tags.sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(new URL('vscode.html-custom-data.json', root), `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`vscode.html-custom-data.json: ${tags.map((t) => t.name).join(', ')}`);
