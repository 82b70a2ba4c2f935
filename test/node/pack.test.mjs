// What `npm publish` would upload, from `npm pack --dry-run --json` (after `npm run build`): the one-tag
// bundle and its pinned copy, the prerendered snippet's script (pinned), the library build with its types, the manifest, the editor data and the
// content; no tests, demo, sources, scripts or node_modules. Every "exports" target is in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8'));
// --ignore-scripts: list what is there, without running a build.
const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = report.files.map((f) => f.path);

test('the package has the bundle, the library build, types, manifest, editor data, content and license', () => {
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/partnership-panel.js',
    `dist/partnership-panel-${pkg.version}.js`,
    // The prerendered snippet's script, under the pinned name the snippet uses.
    `dist/partnership-panel-prerendered-${pkg.version}.js`,
    'dist/integrity.json',
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'dist/lib/define.js',
    'dist/lib/define.d.ts',
    'dist/lib/events.d.ts',
    'dist/lib/partnership-panel/partnership-panel.js',
    'dist/lib/partnership-panel/partnership-panel.d.ts',
    'dist/lib/content/en.json.js',
    'custom-elements.json',
    'vscode.html-custom-data.json',
    'content/en.json',
    'content/es.json',
    'content/schema.json',
  ])
    assert.ok(files.includes(file), `${file} is not in the package (is it built? is it in "files"?)`);
});

test('the package leaves out tests, demo, sources, scripts, configs and node_modules', () => {
  const unwanted = files.filter((f) =>
    /^(test|demo|src|scripts|node_modules|\.ci|coverage)\/|^(rollup|web-test-runner|custom-elements-manifest)\.config\.|^tsconfig|(^|\/)node_modules\//.test(
      f,
    ),
  );
  assert.deepEqual(unwanted, []);
});

test('every "exports" target, "main", "module", "types" and "customElements" is in the package', () => {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else for (const v of Object.values(value)) collect(v);
  };
  collect(pkg.exports);
  for (const key of ['main', 'module', 'types', 'customElements', 'unpkg', 'jsdelivr'])
    if (pkg[key]) targets.push(pkg[key]);
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      const pattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '[^/]+')}$`);
      assert.ok(
        files.some((f) => pattern.test(f)),
        `nothing in the package matches ${target}`,
      );
    } else assert.ok(files.includes(path), `${target} is not in the package`);
  }
});

test('the package stays small', () => {
  assert.ok(report.size < 400 * 1024, `packed size ${report.size} bytes`);
});
