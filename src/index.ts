/** The classes, for a developer's own build. Importing this defines no tag; import './define.js' for that. */
export { PartnershipPanel } from './partnership-panel/partnership-panel.js';
export { PartnershipTips } from './partnership-tips/partnership-tips.js';
export { PartnershipResources } from './partnership-resources/partnership-resources.js';
export { PartnershipResource } from './partnership-resource/partnership-resource.js';
export type { PartnershipLinkDetail } from './internal/partnership-element.js';
export type { PartnershipToggleDetail } from './internal/tips-element.js';
export type { Content, Resource } from './core/content.js';
