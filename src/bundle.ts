/**
 * The one-tag bundle's entry, for a plain <script> or <script type="module">. It defines the
 * elements, unless this version already did, then mounts any `data-mount` script. The elements and
 * Lit come wrapped in a function (see rollup.config.mjs) that runs only when the tags are not defined
 * yet: a second copy of the bundle on the page runs no second Lit, whose Trusted Types policy
 * ("lit-html") may exist only once under a strict CSP.
 */
import defineElements from 'partnership:define';
import { mountFromScripts } from './internal/mount.js';
import { VERSION, warnVersionClash } from './internal/version.js';

const script = document.currentScript;
const existing = customElements.get('partnership-panel') as { version?: string } | undefined;
if (!existing) defineElements();
else if (existing.version !== VERSION) warnVersionClash('partnership-panel', existing.version);
mountFromScripts(script);
