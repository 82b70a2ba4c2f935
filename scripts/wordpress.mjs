#!/usr/bin/env node
// `npm run build:wordpress`: the WordPress plugin as dist/partnership-panel-wordpress.zip, which installs
// through WordPress's Plugins > Add New > Upload Plugin. It holds integrations/wordpress/ (PHP, block,
// readme.txt), the one-tag bundle and the add-on language scripts from dist/ (served from the site's own
// plugin folder), content/<lang>.json (for the PHP that writes the plain HTML inside the element),
// dist/attributes.json as attributes.json (the attribute rules the PHP checks by, and the block's
// attributes and settings come from) and LICENSE, in one folder, partnership-panel/, with the package's
// version written into the plugin's headers. Runs `npm run build` first when dist/ has no bundle or no
// attributes.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const FOLDER = 'partnership-panel';
export const ZIP = new URL('dist/partnership-panel-wordpress.zip', root);

if (!['dist/partnership-panel.js', 'dist/attributes.json'].every((path) => existsSync(new URL(path, root)))) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status || 1);
}

/** The zip's files: path inside the zip → bytes. */
const files = new Map();
const text = (path) => readFileSync(new URL(path, root), 'utf8');

function addTree(from, to) {
  for (const name of readdirSync(new URL(from, root)).sort()) {
    const path = `${from}/${name}`;
    if (statSync(new URL(path, root)).isDirectory()) addTree(path, `${to}/${name}`);
    else files.set(`${to}/${name}`, readFileSync(new URL(path, root)));
  }
}
addTree('integrations/wordpress', FOLDER);

// The version, from package.json, into the plugin's headers (they say 0.1.0 in the source).
const stamp = (path, pattern) => {
  const before = files.get(path).toString('utf8');
  const after = before.replace(pattern, (_, head) => `${head}${version}`);
  if (after === before && !before.includes(version)) throw new Error(`${path}: no version to write`);
  files.set(path, Buffer.from(after));
};
stamp(`${FOLDER}/partnership-panel.php`, /(\* Version:\s+)[\w.-]+/);
stamp(`${FOLDER}/partnership-panel.php`, /(PARTNERSHIP_PANEL_VERSION', ')[\w.-]+/);
stamp(`${FOLDER}/readme.txt`, /(Stable tag: )[\w.-]+/);
stamp(`${FOLDER}/block/block.json`, /("version": ")[\w.-]+/);

// The scripts, without their source map's address (the map is not shipped in the plugin).
const script = (path) => Buffer.from(text(path).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
files.set(`${FOLDER}/assets/partnership-panel.js`, script('dist/partnership-panel.js'));
for (const name of readdirSync(new URL('dist/lang/', root)).sort())
  if (/^[a-z]{2,3}\.js$/.test(name)) files.set(`${FOLDER}/assets/lang/${name}`, script(`dist/lang/${name}`));
for (const name of readdirSync(new URL('content/', root)).sort())
  if (/^[a-z]{2,3}\.json$/.test(name))
    files.set(`${FOLDER}/content/${name}`, readFileSync(new URL(`content/${name}`, root)));
files.set(`${FOLDER}/attributes.json`, readFileSync(new URL('dist/attributes.json', root)));
files.set(`${FOLDER}/LICENSE`, readFileSync(new URL('LICENSE', root)));

// The zip, written by fflate: deflated, each entry a Unix rw-r--r-- file dated 2026-01-01 00:00 (a zip's
// dates are local time, so this Date is too), so that the same files make the same zip.
const zip = zipSync(Object.fromEntries(files), {
  level: 9,
  mtime: new Date(2026, 0, 1),
  os: 3,
  attrs: (0o100644 << 16) >>> 0,
});
mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(ZIP, zip);
console.log(`dist/partnership-panel-wordpress.zip: ${files.size} files, ${zip.length} bytes`);
