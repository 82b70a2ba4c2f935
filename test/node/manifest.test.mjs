// The custom elements manifest (custom-elements.json, written by `npm run build` through
// @custom-elements-manifest/analyzer, with its Lit support) against the README and the editor data:
// every attribute the manifest lists is in the README's Attributes table (or, for <partnership-resource>,
// the sentence under it), and the reverse, with the same elements, values and defaults.
// `npm test` builds before this runs; run alone, build first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const built = (path) => {
  assert.ok(existsSync(new URL(path, root)), `${path} is missing: run \`npm run build\` first`);
  return JSON.parse(read(path));
};

const TAGS = ['partnership-panel', 'partnership-tips', 'partnership-resources', 'partnership-resource'];
const SHORT = { panel: 'partnership-panel', tips: 'partnership-tips', resources: 'partnership-resources' };

function elements() {
  const manifest = built('custom-elements.json');
  const found = new Map();
  for (const module of manifest.modules)
    for (const d of module.declarations ?? [])
      if (d.customElement && d.tagName) found.set(d.tagName, { ...d, module: module.path });
  return found;
}

/** The README's Attributes table: name → { elements, values, default } (cells as written). */
function readmeAttributes() {
  const readme = read('README.md');
  const section = /^## Attributes\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  assert.ok(section, 'README.md has a "## Attributes" section');
  const rows = new Map();
  for (const line of section.split('\n')) {
    const cells = /^\|(.*)\|\s*$/
      .exec(line)?.[1]
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    const name = cells && /^`([a-z][a-z0-9-]*)`$/.exec(cells[0])?.[1];
    if (!name) continue;
    rows.set(name, {
      elements: cells[1]
        .split(/,\s*/)
        .map((e) => SHORT[e] ?? e)
        .sort(),
      values: cells[2],
      default: cells[3],
    });
  }
  const sentence = /`<partnership-resource>` takes ([\s\S]*?)\.\n/.exec(section)?.[1];
  assert.ok(sentence, 'README.md says which attributes `<partnership-resource>` takes, under the table');
  const resource = [...sentence.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]);
  return { rows, resource };
}

test('custom-elements.json describes every element: summary, attributes with types, events with detail types', () => {
  const found = elements();
  assert.deepEqual([...found.keys()].sort(), [...TAGS].sort());
  for (const tag of TAGS) {
    const d = found.get(tag);
    assert.ok(d.summary?.length > 20, `${tag} has a summary`);
    assert.ok(d.attributes?.length, `${tag} has attributes`);
    for (const a of d.attributes)
      assert.ok(a.type?.text && a.description, `${tag} [${a.name}] has a type and a description`);
    for (const e of d.events ?? [])
      assert.match(e.type?.text ?? '', /^CustomEvent<Partnership\w+Detail>$/, `${tag} ${e.name} has a detail type`);
  }
  const panel = found.get('partnership-panel');
  assert.deepEqual(panel.events.map((e) => e.name).sort(), ['partnership-link', 'partnership-toggle']);
  // The editor's <partnership-resource> children are read as data, not slotted: no template has a slot.
  assert.deepEqual(panel.slots ?? [], [], 'the panel documents no slot');
  assert.ok(
    panel.cssParts?.some((p) => p.name === 'tip'),
    'the panel documents its parts',
  );
  for (const tag of ['partnership-panel', 'partnership-tips', 'partnership-resources']) {
    const d = found.get(tag);
    assert.ok(
      d.cssProperties?.some((p) => p.name === '--partnership-accent'),
      `${tag} documents its CSS custom properties`,
    );
    // Each property reads and writes its attribute.
    for (const a of d.attributes.filter((a) => a.fieldName))
      assert.equal(
        d.members.find((m) => m.name === a.fieldName)?.attribute,
        a.name,
        `${tag}.${a.fieldName} is linked to [${a.name}]`,
      );
  }
  const audience = found.get('partnership-panel').attributes.find((a) => a.name === 'audience');
  assert.equal(audience.type.text, "'all' | 'families' | 'professionals'");
  assert.equal(audience.default, "'all'");
  assert.equal(found.get('partnership-panel').attributes.find((a) => a.name === 'no-resources').type.text, 'boolean');
});

test("every attribute in the manifest is in the README's Attributes table, and the reverse, for the same elements", () => {
  const found = elements();
  const { rows } = readmeAttributes();
  const manifest = new Map();
  for (const tag of ['partnership-panel', 'partnership-tips', 'partnership-resources'])
    for (const a of found.get(tag).attributes) manifest.set(a.name, [...(manifest.get(a.name) ?? []), tag].sort());
  const missingFromReadme = [...manifest.keys()].filter((name) => !rows.has(name));
  const missingFromManifest = [...rows.keys()].filter((name) => !manifest.has(name));
  assert.deepEqual(missingFromReadme, [], 'attributes in custom-elements.json that the README table does not list');
  assert.deepEqual(missingFromManifest, [], 'attributes in the README table that custom-elements.json does not list');
  for (const [name, tags] of manifest)
    assert.deepEqual(rows.get(name).elements, tags, `the elements that take [${name}]`);
});

test("the README's <partnership-resource> sentence names the same attributes as the manifest", () => {
  const { resource } = readmeAttributes();
  const manifest = elements()
    .get('partnership-resource')
    .attributes.map((a) => a.name);
  assert.deepEqual([...resource].sort(), [...manifest].sort());
});

test("the README's values and defaults agree with the manifest's keyword types and defaults", () => {
  const { rows } = readmeAttributes();
  const seen = new Map();
  for (const tag of ['partnership-panel', 'partnership-tips', 'partnership-resources'])
    for (const a of elements().get(tag).attributes) seen.set(a.name, a);
  for (const [name, a] of seen) {
    const row = rows.get(name);
    if (!row) continue;
    const keywords = a.type.text.split('|').map((s) => s.trim());
    if (keywords.every((k) => /^'[^']+'$/.test(k)))
      for (const k of keywords)
        assert.ok(row.values.includes(`\`${k.slice(1, -1)}\``), `README lists ${k} for [${name}]`);
    if (a.default !== undefined && a.type.text !== 'boolean')
      assert.ok(
        row.default.includes(`\`${a.default.replace(/^'|'$/g, '')}\``),
        `README's default for [${name}] is ${a.default}`,
      );
  }
});

test('vscode.html-custom-data.json offers every tag and attribute of the manifest, with the allowed values', () => {
  const data = built('vscode.html-custom-data.json');
  assert.equal(data.version, 1.1);
  for (const [tag, d] of elements()) {
    const entry = data.tags.find((t) => t.name === tag);
    assert.ok(entry, `${tag} is in the VS Code data`);
    assert.deepEqual(
      entry.attributes.map((a) => a.name).sort(),
      d.attributes.map((a) => a.name).sort(),
      `${tag}'s attributes`,
    );
  }
  const audience = data.tags.find((t) => t.name === 'partnership-panel').attributes.find((a) => a.name === 'audience');
  assert.deepEqual(
    audience.values.map((v) => v.name),
    ['all', 'families', 'professionals'],
  );
  const open = data.tags.find((t) => t.name === 'partnership-tips').attributes.find((a) => a.name === 'open');
  assert.equal(open.valueSet, 'v');
});

test('the typed event map (dist/lib/events.d.ts) has every event of the manifest', () => {
  const events = new Set(
    [...elements().values()].flatMap((d) => (d.events ?? []).map((e) => `'${e.name}': ${e.type.text};`)),
  );
  const map = read('dist/lib/events.d.ts');
  for (const line of events) assert.ok(map.includes(line), `events.d.ts declares ${line}`);
});

test("the manifest's modules are the library build's files, which the package ships", () => {
  const manifest = built('custom-elements.json');
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/lib\/.+\.js$/);
    assert.ok(existsSync(new URL(module.path, root)), `${module.path} exists`);
  }
  for (const d of elements().values()) assert.match(d.module, /^dist\/lib\//);
});

test("the manifest's CSS custom properties and their defaults are the stylesheet's", () => {
  const styles = read('src/internal/styles.ts');
  const used = new Set([...styles.matchAll(/var\((--partnership-[\w-]+)/g)].map((m) => m[1]));
  for (const d of elements().values())
    for (const p of d.cssProperties ?? []) {
      assert.ok(used.has(p.name), `${d.tagName} documents ${p.name}, which the stylesheet does not use`);
      // A documented default is the fallback the stylesheet gives it (light theme: the first of a light-dark pair).
      if (p.default && p.default !== 'medium')
        assert.ok(
          styles.includes(`var(${p.name}, ${p.default})`) || styles.includes(`var(${p.name}, light-dark(${p.default},`),
          `${p.name}'s default ${p.default} is the stylesheet's`,
        );
    }
});
