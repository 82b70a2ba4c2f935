#!/usr/bin/env node
// `npm run build:wordpress`: the WordPress plugin as dist/partnership-panel-wordpress.zip, which installs
// through WordPress's Plugins > Add New > Upload Plugin. It holds integrations/wordpress/ (PHP, block,
// readme.txt), the one-tag bundle and the add-on language scripts from dist/ (served from the site's own
// plugin folder), content/<lang>.json (for the PHP that writes the plain HTML inside the element),
// dist/attributes.json as attributes.json (the attribute rules the PHP checks by, and the block's
// attributes and settings come from) and LICENSE, in one folder, partnership-panel/, with the package's
// version written into the plugin's headers. Runs `npm run build` first when dist/ has no bundle or no
// attributes.json. The zip is written here with Node's zlib
// (no `zip` command needed), with fixed dates, so the same files make the same zip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

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

// A zip (PKZIP 2.0: deflate, CRC-32), every entry dated 2026-01-01 00:00.
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const entries = [];
const central = [];
let offset = 0;
for (const [path, bytes] of files) {
  const name = Buffer.from(path);
  const data = deflateRawSync(bytes, { level: 9 });
  const fields = (header) => {
    header.writeUInt16LE(20, header.length === 30 ? 4 : 6); // version needed
    const at = header.length === 30 ? 6 : 8;
    header.writeUInt16LE(0x0800, at); // flags: UTF-8 names
    header.writeUInt16LE(8, at + 2); // deflate
    header.writeUInt16LE(0, at + 4); // time
    header.writeUInt16LE(DATE, at + 6);
    header.writeUInt32LE(crc32(bytes), at + 8);
    header.writeUInt32LE(data.length, at + 12);
    header.writeUInt32LE(bytes.length, at + 16);
    header.writeUInt16LE(name.length, at + 20);
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  fields(local);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
  fields(entry);
  entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
  entry.writeUInt32LE(offset, 42);
  entries.push(local, name, data);
  central.push(entry, name);
  offset += local.length + name.length + data.length;
}
const directory = Buffer.concat(central);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(files.size, 8);
end.writeUInt16LE(files.size, 10);
end.writeUInt32LE(directory.length, 12);
end.writeUInt32LE(offset, 16);
mkdirSync(new URL('dist/', root), { recursive: true });
const zip = Buffer.concat([...entries, directory, end]);
writeFileSync(ZIP, zip);
console.log(`dist/partnership-panel-wordpress.zip: ${files.size} files, ${zip.length} bytes`);
