/** Built by rollup.config.mjs: src/define.ts with Lit, wrapped in a function that runs it on call. */
declare module 'partnership:define' {
  const defineElements: () => void;
  export default defineElements;
}
