/**
 * Registers every tag. Defining is guarded: a tag this version already defined
 * (the bundle included twice) is left alone in silence; one defined by another version keeps that
 * definition, with one warning.
 */
import { isServer } from 'lit';
import { PartnershipPanel } from './partnership-panel/partnership-panel.js';
import { PartnershipTips } from './partnership-tips/partnership-tips.js';
import { PartnershipResources } from './partnership-resources/partnership-resources.js';
import { PartnershipResource } from './partnership-resource/partnership-resource.js';
import { acceptAddOnLanguages } from './internal/add-ons.js';
import { VERSION, warnVersionClash } from './internal/version.js';

type Versioned = CustomElementConstructor & { version?: string };

const elements: [string, Versioned][] = [
  ['partnership-resource', PartnershipResource],
  ['partnership-panel', PartnershipPanel],
  ['partnership-tips', PartnershipTips],
  ['partnership-resources', PartnershipResources],
];

// Add-on language scripts that ran before this one, or will run after it (not on a server, which has none).
if (!isServer) acceptAddOnLanguages();

for (const [name, constructor] of elements) {
  const existing = customElements.get(name) as Versioned | undefined;
  if (!existing) customElements.define(name, constructor);
  else if (existing !== constructor && existing.version !== VERSION) warnVersionClash(name, existing.version);
}
