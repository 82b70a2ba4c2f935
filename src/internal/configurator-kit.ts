/**
 * What the configurator (demo/configurator.js) reads from the widget's own rules, so that it copies
 * none: the attribute data, `configure()`, the accent's rules and the browser's reading of a colour,
 * the phone and link rules (and what may be fetched), the built-in content (with its sections and
 * default headings), and the plain HTML. Built to dist/configurator-kit.js (not in the package). No
 * Lit: the configurator's page already has the bundle's, and a second Lit could not make its Trusted
 * Types policy there.
 */
import type { ElementName } from '../core/attributes.js';
import { configure } from '../core/configure.js';
import { english, type AudienceId } from '../core/content.js';
import { documentOf } from '../core/document.js';

export { ATTRIBUTES, RESOURCE_FIELDS, TAGS, attributesOf } from '../core/attributes.js';
export { configure };
export { english, languageKey } from '../core/content.js';
export { accentPalette, BACKGROUNDS, contrast, WHITE } from '../core/color.js';
export { fetchableUrl, PHONE, safeLink } from '../core/urls.js';
export { toRgb } from './color.js';
export { plainHtml } from './plain-html.js';

/** The built-in (English) content's sections in reading order: each id, with the audience it is for. */
export const SECTIONS: Record<string, AudienceId> = Object.fromEntries(
  english.audiences.flatMap((audience) => audience.sections.map((section) => [section.id, audience.id])),
);

/** The heading an element shows when the editor gives none, in the built-in (English) content. */
export const defaultHeading = (element: ElementName): string =>
  documentOf(configure(element, {}, english).config, english).title.text;
