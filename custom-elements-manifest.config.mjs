// @custom-elements-manifest/analyzer: writes custom-elements.json (package root) from the JSDoc and the
// code in src/, with its own Lit support; each element's attributes come from the attribute data (scripts/cem-attributes.mjs). `npm run analyze`
// runs it, and so does `npm run build`.
import { attributesPlugin } from './scripts/cem-attributes.mjs';
import { distPathsPlugin } from './scripts/cem-dist-paths.mjs';

export default {
  globs: ['src/**/*.ts'],
  // The one-tag bundle's entry and what only it uses are not in the library build.
  exclude: [
    'src/bundle.ts',
    'src/internal/mount.ts',
    'src/internal/define-hydrating.ts',
    'src/internal/page-hydrate-hook.ts',
    'src/internal/configurator-kit.ts',
    'src/internal/site-kit.ts',
    'src/**/*.d.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); do not rewrite package.json.
  packagejson: false,
  dependencies: false,
  // Module paths name the library build (dist/lib/**/*.js), the files the package ships.
  plugins: [attributesPlugin(), distPathsPlugin()],
};
