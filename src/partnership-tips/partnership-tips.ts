import { html } from 'lit';
import { PartnershipElement } from '../internal/partnership-element.js';
import { deeper, heading, tips } from '../internal/render.js';

/**
 * @summary The tips of the fact sheet alone, under one heading, filtered by audience and section.
 *
 * @tag partnership-tips
 *
 * @csspart panel - The card around everything.
 * @csspart heading - Every heading; also `title-heading`, `audience-heading`, `section-heading`.
 * @csspart audience - One audience's group of sections.
 * @csspart section - One section of tips.
 * @csspart section-introduction - The sentence that leads into a section's tips.
 * @csspart tips - A list of tips.
 * @csspart tip - One tip.
 */
export class PartnershipTips extends PartnershipElement {
  protected override render() {
    const c = this.content;
    return html`<section class="panel" part="panel" lang=${c.lang}>
      ${heading(this.level, this.headingText(c.labels.tipsHeading), 'title', 'title')}
      ${tips(c, this.audienceChoice, this.sectionChoice, deeper(this.level))}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-tips': PartnershipTips;
  }
}
