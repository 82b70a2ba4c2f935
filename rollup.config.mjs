// Builds the one-tag bundle: Lit, the elements and the shipped content in one minified IIFE, which
// runs the same from <script src> and <script type="module" src>; and its twin for the prerendered
// snippet (`partnership-panel render --format prerendered`), which also carries Lit's hydration support.
//
// Each is built in two passes. The elements with Lit (src/define.ts; src/internal/define-hydrating.ts for
// the twin) are bundled first and wrapped in a function, which src/bundle.ts imports as
// 'partnership:define' and calls only when no copy has defined the tags yet; so a page that includes a
// script twice, or both, evaluates Lit once.
//
// Why two: Lit's hydration support (about 2 KiB gzipped) is of use only where a server rendered the
// card, and it cannot hydrate templates compiled ahead of time (@lit-labs/compiler), which make a
// client-rendered panel's first render quicker. So the one-tag bundle has compiled templates and no
// hydration support, and the prerendered snippet's script has hydration support and Lit's own templates.
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { compileTemplates } from './scripts/compile-templates.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** The content files without what the elements do not use: the editor hint ("$schema") and the translation's record. */
const contentWithoutSchema = {
  name: 'content-without-schema',
  transform(code, id) {
    if (!/[\\/]content[\\/][a-z-]+\.json$/.test(id)) return null;
    const { $schema: _schema, translation: _translation, ...content } = JSON.parse(code);
    return { code: JSON.stringify(content), map: null };
  },
};

/**
 * `import css from './x.css?text'`: a file's text as a module's default export (the site's stylesheets and
 * scripts, which `partnership-panel site` writes as they are).
 */
export const textFiles = () => ({
  name: 'text-files',
  async resolveId(source, importer) {
    if (!source.endsWith('?text')) return null;
    const resolved = await this.resolve(source.slice(0, -'?text'.length), importer);
    return resolved && `${resolved.id}?text`;
  },
  load(id) {
    if (!id.endsWith('?text')) return null;
    const file = id.slice(0, -'?text'.length);
    this.addWatchFile(file);
    return `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`;
  },
});

/**
 * The browser build's plugins. `compiled: false` leaves the templates to be prepared at run time, which
 * Lit's hydration needs; only such a build keeps the code that takes over a server's card (__HYDRATION__).
 */
export const compile = ({ compiled = true } = {}) => [
  textFiles(),
  nodeResolve({ exportConditions: ['production'] }),
  contentWithoutSchema,
  json({ preferConst: true, compact: true }),
  // Minifies the markup in html`` and the CSS in css`` templates.
  minifyHTML({ include: ['**/*.ts'] }),
  // The templates compiled ahead of time (scripts/compile-templates.mjs).
  ...(compiled ? [compileTemplates()] : []),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', define: { __HYDRATION__: String(!compiled) } }),
];

/**
 * Resolves 'partnership:define' to `input` (the elements) bundled with Lit, wrapped in
 * `export default function () {…}`.
 */
function defineAsFunction(input, options) {
  const id = 'partnership:define';
  return {
    name: 'define-as-function',
    resolveId: (source) => (source === id ? id : null),
    async load(source) {
      if (source !== id) return null;
      const bundle = await rollup({ input, plugins: compile(options) });
      const { output } = await bundle.generate({ format: 'es' });
      await bundle.close();
      for (const file of bundle.watchFiles ?? []) this.addWatchFile(file);
      return `export default function () {\n${output[0].code}}`;
    },
  };
}

/** A bundle: src/bundle.ts around the elements of `input`. */
const bundleOf = (file, input, options, { sourcemap = true } = {}) => ({
  input: 'src/bundle.ts',
  output: {
    file,
    format: 'iife',
    sourcemap,
    // The magic comment asks V8 (Chrome 136+) to compile every function eagerly, on the thread that
    // streams the script in, rather than on the main thread the first time each one is called: nearly
    // all of them run on load. Other engines ignore it. Measured: the first render 8.2 → 4.9 ms.
    banner: `/*! partnership-panel ${version} | code: MIT | content: "Building Winning Partnerships" (c) Vermont Family Network, July 2025, not MIT; see LICENSE */\n//# allFunctionsCalledOnLoad`,
  },
  plugins: [
    defineAsFunction(input, options),
    ...compile(options),
    terser({
      ecma: 2022,
      compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
      format: { comments: /^!|^# allFunctionsCalledOnLoad$/ },
    }),
  ],
});

/** The one-tag bundle, dist/partnership-panel.js. */
const bundle = bundleOf('dist/partnership-panel.js', 'src/define.ts');

/** The prerendered snippet's script, dist/partnership-panel-prerendered.js: with Lit's hydration support. */
// No source map: the package ships only its pinned copy (the one-tag bundle's map is 185 KB).
const prerenderedBundle = bundleOf(
  'dist/partnership-panel-prerendered.js',
  'src/internal/define-hydrating.ts',
  { compiled: false },
  { sourcemap: false },
);

/**
 * The library build, for a developer's own bundler (Vite, webpack, Rollup, esbuild): dist/lib/, one ES
 * module per source module, readable (only the markup and CSS in templates are minified), Lit left as
 * an import of the `lit` dependency so the app's bundler shares one copy. dist/lib/index.js exports the
 * classes and defines nothing; dist/lib/define.js registers the tags. The content files become JS
 * modules (dist/lib/content/en.json.js: `export default {…}`), so no bundler or browser needs JSON
 * modules or import attributes. Types (dist/lib/*.d.ts) come from scripts/types.mjs.
 */
const library = {
  input: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    render: 'src/render.ts',
    site: 'src/site.ts',
    'core/index': 'src/core/index.ts',
  },
  external: (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr|uqr)(\/|$)|^node:/.test(id),
  output: {
    dir: 'dist/lib',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    // content/en.json, outside src/, lands in dist/lib/content/en.json.js.
    entryFileNames: ({ name }) => `${name.replace(/^(\.\.\/)+/, '')}.js`,
    // `with`, as Node and the standard have it (Rollup 4 writes the older `assert` unless told).
    importAttributesKey: 'with',
    sourcemap: true,
  },
  plugins: [
    textFiles(),
    contentWithoutSchema,
    json({ preferConst: true, namedExports: false }),
    // Import attributes kept: the server renderer reads dist/integrity.json as a JSON module.
    esbuild({
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      supported: { 'import-attributes': true },
      define: { __HYDRATION__: 'true' },
    }),
    // Not the server renderer: its plain HTML is tidied by itself, and its static templates confuse the minifier.
    minifyHTML({ exclude: ['**/render.ts'] }),
  ],
};

/**
 * The configurator's share of the widget's rules, dist/configurator-kit.js (src/internal/configurator-kit.ts):
 * an ES module for demo/configurator.html: the attribute data, configure(), the accent's rules and the
 * plain HTML. No Lit in it: a second Lit could not make its Trusted Types policy on that page. Not in
 * the package.
 */
const configuratorKit = {
  input: 'src/internal/configurator-kit.ts',
  output: { file: 'dist/configurator-kit.js', format: 'es' },
  plugins: [...compile(), terser({ ecma: 2022 })],
};

/**
 * The configurator's site block's share (src/internal/site-kit.ts), dist/site-kit.js: the attribute data,
 * the folder's address rule, the iframe snippet and the handout (with uqr, for its QR code). Not in the
 * package.
 */
const siteKit = {
  input: 'src/internal/site-kit.ts',
  output: { file: 'dist/site-kit.js', format: 'es' },
  plugins: [...compile(), terser({ ecma: 2022 })],
};

// `rollup -c` builds all five; `rollup -c --configLib` (npm run build:lib) only the library.
export default (args) => (args.configLib ? [library] : [bundle, prerenderedBundle, library, configuratorKit, siteKit]);
