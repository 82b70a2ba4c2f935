/** Every tag and its class, in the order they are defined (the data child first). */
import { PartnershipPanel } from '../partnership-panel/partnership-panel.js';
import { PartnershipTips } from '../partnership-tips/partnership-tips.js';
import { PartnershipResources } from '../partnership-resources/partnership-resources.js';
import { PartnershipResource } from '../partnership-resource/partnership-resource.js';

export const elements: [string, CustomElementConstructor][] = [
  ['partnership-resource', PartnershipResource],
  ['partnership-panel', PartnershipPanel],
  ['partnership-tips', PartnershipTips],
  ['partnership-resources', PartnershipResources],
];
