// What each part of the one-tag bundle costs: Lit, the content (English and Spanish), the stylesheet
// and the elements' own code. Each part's code as Rollup puts it in the bundle is minified and gzipped on
// its own, so the parts add up to a little more than the bundle (which gzip compresses as one).
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { compile } from '../../rollup.config.mjs';

const PARTS = [
  ['Lit (lit-html, lit-element, reactive-element)', /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/],
  ['content: English and Spanish', /[\\/]content[\\/][a-z]+\.json$/],
  ['stylesheet', /[\\/]src[\\/]internal[\\/]styles\.ts$/],
  ['elements (src/)', /[\\/]src[\\/]/],
];

export async function bundleParts() {
  const bundle = await rollup({ input: 'src/define.ts', plugins: compile() });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = new Map(PARTS.map(([name]) => [name, '']));
  for (const [id, module] of Object.entries(output[0].modules)) {
    const [name] = PARTS.find(([, test]) => test.test(id)) ?? ['elements (src/)'];
    code.set(name, code.get(name) + (module.code ?? '') + '\n');
  }
  const parts = [];
  for (const [name, text] of code) {
    const { code: min } = await minify(text, { compress: { passes: 2 }, mangle: true }); // top-level names kept: each part alone would look unused;
    parts.push({ part: name, gzip: gzipSync(min ?? '', { level: 9 }).length });
  }
  return parts;
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const { part, gzip } of await bundleParts()) console.log(`${String(gzip).padStart(6)} B gzip  ${part}`);
