// A @custom-elements-manifest/analyzer plugin: the manifest's module paths name the library build
// (dist/lib/**/*.js), the files the package ships, instead of the TypeScript sources the analyzer read.
export function distPathsPlugin({ from = 'src/', to = 'dist/lib/' } = {}) {
  const source = new RegExp(`^(\\.?/)?${from.replace(/[/.]/g, '\\$&')}(.*)\\.[jt]s$`);
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof v === 'string') value[key] = v.replace(source, `${to}$2.js`);
        else rewrite(v);
      }
  };
  return {
    name: 'partnership: module paths of the library build',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}
