/**
 * The page's own hook for Lit's hydration support (another Lit's on the page), read before this
 * script's support replaces it; src/internal/define-hydrating.ts puts it back.
 */
const scope = globalThis as { litElementHydrateSupport?: unknown };
export const pageHook = { had: 'litElementHydrateSupport' in scope, value: scope.litElementHydrateSupport };
