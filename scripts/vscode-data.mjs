#!/usr/bin/env node
// Hand-written here: only two additions to what the generator writes, for which it has no option:
// valueless boolean attributes (VS Code's value set "v") and each attribute's default.
//
// Editor autocompletion: custom-elements.json turned into vscode.html-custom-data.json (VS Code's HTML
// custom data, version 1.1) by custom-element-vs-code-integration, the manifest ecosystem's
// generator: the tags, their descriptions with events, slots, CSS parts and custom properties, each
// attribute with its description and, where the manifest's type is a union of literals, its values,
// and a link to the README. Run by `npm run analyze` (and so by `npm run build`) after the analyzer.
// In a project that installs the package, add to .vscode/settings.json:
//   "html.customData": ["./node_modules/partnership-panel/vscode.html-custom-data.json"]
import { readFileSync, writeFileSync } from 'node:fs';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const { homepage } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const data = JSON.parse(
  getVsCodeHtmlCustomData(manifest, {
    hideMethodDocs: true, // the elements' public interface is attributes and events
    referencesTemplate: () => [{ name: 'Documentation', url: homepage }],
  }),
);

const declarations = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => [d.tagName, d])),
);
for (const tag of data.tags) {
  const manifestAttributes = declarations.get(tag.name).attributes ?? [];
  for (const attribute of tag.attributes) {
    const { type, default: value } = manifestAttributes.find((a) => a.name === attribute.name);
    if (type?.text === 'boolean') {
      attribute.valueSet = 'v';
      delete attribute.values;
    } else if (value !== undefined) {
      const shown = `Default: \`${value.replace(/^'(.*)'$/, '$1')}\`.`;
      attribute.description = attribute.description ? `${attribute.description} ${shown}` : shown;
    }
  }
}

data.tags.sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(new URL('vscode.html-custom-data.json', root), `${JSON.stringify(data, null, 2)}\n`);
console.log(`vscode.html-custom-data.json: ${data.tags.map((t) => t.name).join(', ')}`);
