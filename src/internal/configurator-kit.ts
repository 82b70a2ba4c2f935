/**
 * What the configurator (demo/configurator.js) reads from the widget's own rules, so that it copies
 * none: the attribute data, `configure()`, the accent's rules and the browser's reading of a colour,
 * the phone and link rules, and the plain HTML. Built to dist/configurator-kit.js (not in the
 * package). No Lit: the configurator's page already has the bundle's, and a second Lit could not make
 * its Trusted Types policy there.
 */
export { ATTRIBUTES, RESOURCE_FIELDS, TAGS, attributesOf } from '../core/attributes.js';
export { configure } from '../core/configure.js';
export { accentPalette, BACKGROUNDS, contrast, WHITE } from '../core/color.js';
export { PHONE, safeLink } from '../core/urls.js';
export { toRgb } from './color.js';
export { plainHtml } from './plain-html.js';
