/** Registers every tag, once, through the guarded define. */
import { define } from './internal/define.js';
import { PartnershipPanel } from './partnership-panel/partnership-panel.js';
import { PartnershipTips } from './partnership-tips/partnership-tips.js';
import { PartnershipResources } from './partnership-resources/partnership-resources.js';
import { PartnershipResource } from './partnership-resource/partnership-resource.js';

define('partnership-resource', PartnershipResource);
define('partnership-panel', PartnershipPanel);
define('partnership-tips', PartnershipTips);
define('partnership-resources', PartnershipResources);
