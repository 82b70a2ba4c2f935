// Dev-server plugins for the framework tests (test/frameworks.test.ts), added to
// web-test-runner.config.mjs. They let the browser import what an app's bundler would give it:
//  - React 19 ships CommonJS only. esbuild bundles react, react-dom and react-dom/client once into one
//    ES module (/__react/all.js, development build: React warns about misuse there), and each of those
//    bare imports resolves to a small module re-exporting its names from it, so the page has one React.
//    (@rollup/plugin-commonjs through @web/dev-server-rollup does not work for React: its entry files
//    assign module.exports conditionally, so no named export such as createElement is found.)
//  - `vue` resolves to Vue's self-contained browser build with the template compiler
//    (vue/dist/vue.esm-browser.js), as a page without a bundler uses it; the package's default
//    ("esm-bundler") build expects a bundler to replace process.env and its feature flags.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url).pathname;
const REACT = { react: 'react', 'react-dom': 'reactDom', 'react-dom/client': 'reactDomClient' };
const identifier = /^[A-Za-z_$][\w$]*$/;

let all;
const bundleReact = () =>
  (all ??= build({
    stdin: {
      contents: Object.entries(REACT)
        .map(([id, name]) => `export * as ${name} from '${id}';`)
        .join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text));

/** The names each package exports, read in a separate Node process (React's development build patches the console). */
let exported;
const exportsOf = (id) =>
  (exported ??= JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(REACT))}.map((id) => [id, Object.keys(require(id))]))))`,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production' },
      },
    ),
  ))[id];

/** A module re-exporting one of React's packages from the shared bundle, with its CommonJS names. */
function reexport(id) {
  const names = exportsOf(id).filter((n) => identifier.test(n) && n !== 'default');
  return `import { ${REACT[id]} as m } from './all.js';
export default m.default ?? m;
export const { ${names.join(', ')} } = m.default ?? m;
`;
}

export function frameworkPlugins() {
  return [
    {
      name: 'react-as-esm',
      resolveImport({ source }) {
        if (source in REACT) return `/__react/${source.replace('/', '-')}.js`;
      },
      async serve(context) {
        if (!context.path.startsWith('/__react/')) return undefined;
        const file = context.path.slice('/__react/'.length);
        if (file === 'all.js') return { body: await bundleReact(), type: 'js' };
        const id = Object.keys(REACT).find((i) => `${i.replace('/', '-')}.js` === file);
        return id ? { body: reexport(id), type: 'js' } : undefined;
      },
    },
    {
      name: 'vue-browser-build',
      resolveImport({ source }) {
        if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      },
    },
  ];
}
