// @custom-elements-manifest/analyzer: writes custom-elements.json (package root) from the JSDoc and the
// code in src/, reading the elements' `static properties` with its own Lit support. `npm run analyze`
// runs it, and so does `npm run build`.
import { distPathsPlugin } from './scripts/cem-dist-paths.mjs';

export default {
  globs: ['src/**/*.ts'],
  // The one-tag bundle's entry and what only it uses are not in the library build.
  exclude: ['src/bundle.ts', 'src/internal/mount.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); do not rewrite package.json.
  packagejson: false,
  dependencies: false,
  // Module paths name the library build (dist/lib/**/*.js), the files the package ships.
  plugins: [distPathsPlugin()],
};
