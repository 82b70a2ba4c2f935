// Builds the one-tag bundle: Lit, the elements and the shipped content in one minified IIFE, which
// runs the same from <script src> and <script type="module" src>.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  input: 'src/bundle.ts',
  output: {
    file: 'dist/partnership-panel.js',
    format: 'iife',
    sourcemap: true,
    banner: `/*! partnership-panel ${version} | MIT | content: "Building Winning Partnerships", Vermont Family Network, July 2025 */`,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
    // Minifies the markup in html`` and the CSS in css`` templates.
    minifyHTML(),
    terser({
      ecma: 2021,
      compress: { passes: 2 },
      format: { comments: /^!/ },
    }),
  ],
};
