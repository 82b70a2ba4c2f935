/** Built by rollup.config.mjs: src/internal/elements.ts with Lit, wrapped in a function that evaluates it on call. */
declare module 'partnership:elements' {
  const loadElements: () => [string, CustomElementConstructor][];
  export default loadElements;
}
