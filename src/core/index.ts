/**
 * The core, with no DOM: the attribute rules as data, `configure()` from attributes to a configuration
 * and its problems, and `documentOf()` from a configuration to the document's structure. The elements,
 * the plain HTML, the prerendered snippet, the command line, the configurator and the WordPress plugin
 * all render from it (`import { configure } from 'partnership-panel/core'`).
 */
export { ATTRIBUTES, RESOURCE_FIELDS, TAGS, attributesOf } from './attributes.js';
export type { AttributeName, AttributeOptions, AttributeRule, ElementName, Kind, ValuesOf } from './attributes.js';
export { ATTRIBUTE_DOCS, RESOURCE_DOCS } from './attribute-docs.js';
export { configure, plainConfiguration, shownGroups } from './configure.js';
export type { Configuration, Given, Problem } from './configure.js';
export { dayNumber, documentOf } from './document.js';
export type {
  DocumentOptions,
  GroupNode,
  HeadingNode,
  PanelDocument,
  ResourceNode,
  Run,
  SectionNode,
  TipsNode,
} from './document.js';
export { accentPalette, contrast } from './color.js';
