// Builds the one-tag bundle: Lit, the elements and the shipped content in one minified IIFE, which
// runs the same from <script src> and <script type="module" src>.
//
// It is built in two passes. The elements (src/define.ts, with Lit) are bundled first and wrapped in a
// function, which src/bundle.ts imports as 'partnership:elements' and calls only when no copy of this
// version has defined the tags yet; so a page that includes the script twice evaluates Lit once.
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const compile = () => [
  nodeResolve({ exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // Minifies the markup in html`` and the CSS in css`` templates.
  minifyHTML(),
];

/** Resolves 'partnership:elements' to the elements bundle, wrapped in `export default function () {…}`. */
function elementsAsFunction() {
  const id = 'partnership:elements';
  return {
    name: 'elements-as-function',
    resolveId: (source) => (source === id ? id : null),
    async load(source) {
      if (source !== id) return null;
      const bundle = await rollup({ input: 'src/define.ts', plugins: compile() });
      const { output } = await bundle.generate({ format: 'es' });
      await bundle.close();
      for (const file of bundle.watchFiles ?? []) this.addWatchFile(file);
      return `export default function () {\n${output[0].code}\n}`;
    },
  };
}

export default {
  input: 'src/bundle.ts',
  output: {
    file: 'dist/partnership-panel.js',
    format: 'iife',
    sourcemap: true,
    banner: `/*! partnership-panel ${version} | MIT | content: "Building Winning Partnerships", Vermont Family Network, July 2025 */`,
  },
  plugins: [
    elementsAsFunction(),
    ...compile(),
    terser({
      ecma: 2022,
      compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
      format: { comments: /^!/ },
    }),
  ],
};
