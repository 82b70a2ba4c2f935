/**
 * What the prerendered snippet's script defines (rollup.config.mjs wraps this module as
 * 'partnership:define' in dist/partnership-panel-prerendered.js): the elements, with Lit's hydration
 * support, so that an element keeps the card a server rendered for it (`partnership-panel render
 * --format prerendered`) when it would render the same one.
 *
 * Lit's hydration support must be loaded before Lit: it leaves a global hook that LitElement calls as
 * it is defined. Once this script's Lit has called it, the hook is put back as the page had it (or
 * removed), so that another Lit loaded later on the page is not handed this copy's.
 */
import { pageHook } from './page-hydrate-hook.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../define.js';

const scope = globalThis as { litElementHydrateSupport?: unknown };
if (pageHook.had) scope.litElementHydrateSupport = pageHook.value;
else delete scope.litElementHydrateSupport;
