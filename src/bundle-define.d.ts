/**
 * Built by rollup.config.mjs: the elements with Lit (src/define.ts, or src/internal/define-hydrating.ts
 * for the prerendered snippet's script), wrapped in a function that runs it on call.
 */
declare module 'partnership:define' {
  const defineElements: () => void;
  export default defineElements;
}
