/** A file's text, imported with `?text` (rollup.config.mjs's textFiles). */
declare module '*?text' {
  const text: string;
  export default text;
}

/**
 * Whether this build can take over a server's card (Lit's hydration): false in the one-tag bundle, which
 * has no hydration support, so that it carries none of that code; true elsewhere. Set by the builds'
 * esbuild `define` (rollup.config.mjs, web-test-runner.config.mjs), as Lit's own builds set DEV_MODE.
 */
declare const __HYDRATION__: boolean;
