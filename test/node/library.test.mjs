// The library build (dist/lib/, from `npm run build`) as a bundler sees it: installed under its own
// name (a symlink in a temporary node_modules), imported through package.json's "exports" by Rollup and
// esbuild. The classes come without side effects and tree-shake; `partnership-panel/define` registers
// the tags; Lit stays an import of the `lit` dependency; the content needs no JSON modules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const lib = join(root, 'dist/lib');
let app;

before(() => {
  assert.ok(existsSync(join(lib, 'index.js')), 'dist/lib/index.js is missing: run `npm run build` first');
  app = mkdtempSync(join(tmpdir(), 'partnership-app-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules/partnership-panel'), 'dir');
});
after(() => rmSync(app, { recursive: true, force: true }));

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const modules = () => walk(lib).filter((f) => f.endsWith('.js'));

/** The modules a module imports, transitively, inside dist/lib/. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|(?:^|\n)import\s*'([^']+)'/g,
  ))
    if (spec?.startsWith('.')) closure(join(file, '..', spec), seen);
  return seen;
}

async function rollupApp(source) {
  writeFileSync(join(app, 'main.js'), source);
  const bundle = await rollup({
    input: join(app, 'main.js'),
    plugins: [nodeResolve()],
    external: (id) => /^lit(\/|$)/.test(id),
    onwarn() {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

async function esbuildApp(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: app, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    external: ['lit', 'lit/*'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

test('dist/lib is one ES module per source module, with Lit imported, not inlined, and no JSON modules', () => {
  const files = modules().map((f) => relative(lib, f));
  for (const f of [
    'index.js',
    'define.js',
    'partnership-panel/partnership-panel.js',
    'internal/partnership-element.js',
    'content/en.json.js',
    'content/es.json.js',
  ])
    assert.ok(files.includes(f), `dist/lib/${f}`);
  for (const file of modules()) {
    const code = readFileSync(file, 'utf8');
    // The server renderer (render.js) runs in Node only, where it reads dist/integrity.json as JSON; the
    // site (site.js) names the .json files it writes.
    if (!['render.js', 'site.js'].includes(relative(lib, file)))
      assert.doesNotMatch(
        code,
        /\bwith\s*\{\s*type:|\bassert\s*\{\s*type:|\.json['"]/,
        `${relative(lib, file)} imports JSON`,
      );
    assert.doesNotMatch(code, /lit-html\/|Symbol\.for\(["']lit-/, `${relative(lib, file)} inlines Lit`);
  }
  assert.match(readFileSync(join(lib, 'internal/partnership-element.js'), 'utf8'), /from 'lit'/);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.ok(pkg.dependencies.lit, 'lit is a dependency');
});

test('the index defines no tag: customElements.define is reached only from the define entry', () => {
  const fromIndex = [...closure(join(lib, 'index.js'))].map((f) => relative(lib, f));
  for (const f of fromIndex)
    assert.doesNotMatch(
      readFileSync(join(lib, f), 'utf8'),
      /customElements\.define\(/,
      `${f}, imported by the index, defines a tag`,
    );
  assert.ok(!fromIndex.includes('define.js'));
  assert.match(readFileSync(join(lib, 'define.js'), 'utf8'), /customElements\.define\(/);
});

test('"sideEffects" names the define entry, the server renderer, the site, the bundle, and no library module besides', () => {
  const { sideEffects } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.ok(Array.isArray(sideEffects));
  // define.js registers the tags; render.js (Node) registers them and the add-on languages for the server;
  // site.js (Node) registers the add-on languages.
  const entries = ['./dist/lib/define.js', './dist/lib/render.js', './dist/lib/site.js'];
  for (const entry of entries) assert.ok(sideEffects.includes(entry), entry);
  assert.ok(sideEffects.some((p) => p.startsWith('./dist/partnership-panel')));
  assert.ok(!sideEffects.some((p) => p.startsWith('./dist/lib/') && !entries.includes(p)));
});

for (const [name, bundle] of [
  ['Rollup', rollupApp],
  ['esbuild', esbuildApp],
]) {
  test(`${name}: importing the classes keeps them and defines nothing; unused ones tree-shake away`, async () => {
    const used = await bundle("import { PartnershipTips } from 'partnership-panel';\nwindow.Tips = PartnershipTips;\n");
    assert.match(used, /class PartnershipTips|PartnershipTips = class/);
    assert.doesNotMatch(used, /customElements\.define\(/);
    assert.match(used, /Building Winning Partnerships/, 'the built-in content (from the JSON, as JS) is bundled');
    const unused = await bundle("import { PartnershipTips } from 'partnership-panel';\n");
    assert.doesNotMatch(unused, /class |customElements|Building Winning/, 'an unused import leaves nothing');
  });

  test(`${name}: partnership-panel/define registers the tags`, async () => {
    const code = await bundle("import 'partnership-panel/define';\n");
    assert.match(code, /customElements\.define\(/);
    for (const tag of ['partnership-panel', 'partnership-tips', 'partnership-resources', 'partnership-resource'])
      assert.ok(code.includes(`"${tag}"`), tag);
    assert.match(code, /from ["']lit["']/, 'Lit stays an import');
  });
}

test('the "./bundle" and "./content/*.json" exports resolve', async () => {
  const code = await esbuildApp(
    "import 'partnership-panel/bundle';\nimport es from 'partnership-panel/content/es.json';\nwindow.es = es;\n",
  );
  assert.ok(code.includes('partnership-panel'));
  assert.match(code, /"lang": "es"|lang: "es"/);
});
