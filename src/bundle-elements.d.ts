/** Built by rollup.config.mjs: the elements and Lit, wrapped in a function that defines every tag when called. */
declare module 'partnership:elements' {
  const defineElements: () => void;
  export default defineElements;
}
