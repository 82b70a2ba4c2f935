/** The classes, for a developer's own build. Importing this defines no tag; import './define.js' for that. */
export { PartnershipPanel } from './partnership-panel/partnership-panel.js';
export { PartnershipTips } from './partnership-tips/partnership-tips.js';
export { PartnershipResources } from './partnership-resources/partnership-resources.js';
export type { Content, Resource } from './internal/content.js';
