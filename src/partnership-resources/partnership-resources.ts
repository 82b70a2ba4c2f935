import { html } from 'lit';
import { PartnershipElement } from '../internal/partnership-element.js';
import { resources } from '../internal/render.js';

/**
 * @summary The fact sheet's resources alone: who to call for help, with phone links.
 *
 * @tag partnership-resources
 *
 * @csspart panel - The card around everything.
 * @csspart heading - The heading; also `resources-heading`.
 * @csspart resource - One resource.
 * @csspart resource-name - A resource's name.
 * @csspart link - Every link; phone links are also `phone`.
 * @csspart phone - A phone (tel:) link.
 */
export class PartnershipResources extends PartnershipElement {
  protected override render() {
    const c = this.content;
    return html`<div class="panel" part="panel" lang=${c.lang}>
      ${resources(c, c.resources.items, this.level, this.headingText(c.resources.heading))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-resources': PartnershipResources;
  }
}
