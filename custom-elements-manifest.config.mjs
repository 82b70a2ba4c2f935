// @custom-elements-manifest/analyzer: writes custom-elements.json (package root) from the JSDoc and the
// code in src/, with module paths naming the library build in dist/lib/. `npm run analyze` runs it, and
// so does `npm run build`. scripts/cem-plugin.mjs reads the attributes from `static properties`.
import { basePropertiesPlugin, distPathsPlugin } from './scripts/cem-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  // The one-tag bundle's entry and what only it uses are not in the library build.
  exclude: ['src/bundle.ts', 'src/internal/mount.ts', 'src/**/*.d.ts'],
  outdir: '.',
  // package.json already names the manifest ("customElements"); do not rewrite package.json.
  packagejson: false,
  dependencies: false,
  // Module paths name the library build (dist/lib/**/*.js), the files the package ships.
  plugins: [basePropertiesPlugin(), distPathsPlugin()],
};
