import { html, type PropertyDeclarations } from 'lit';
import { propertiesOf } from '../internal/partnership-element.js';
import { TipsElement } from '../internal/tips-element.js';
import { contents, heading, source, translationNotice } from '../internal/templates.js';

/**
 * @summary The tips of the fact sheet alone, under one heading, filtered by audience and section.
 *
 * @tag partnership-tips
 *
 * @fires {CustomEvent<PartnershipToggleDetail>} partnership-toggle - A section was opened or closed (accordion), a section's held-back tips shown or hidden, or all tips shown or hidden (tip of the day). detail: `{ section, control, open }`.
 *
 * @csspart panel - The card around everything.
 * @csspart heading - Every heading; also `title-heading`, `audience-heading`, `section-heading`, `today-heading`.
 * @csspart audience - One audience's group of sections.
 * @csspart section - One section of tips.
 * @csspart section-introduction - The sentence that leads into a section's tips.
 * @csspart tips - A list of tips.
 * @csspart tip - One tip.
 * @csspart tip-of-the-day - The tip of the day block; its lead-in ("Professionals could:") is `today-lead`, its tip `today-tip`.
 * @csspart button - Every button (accordion sections, "Show all tips").
 * @csspart credit - The source line: publisher, fact sheet title, publication date.
 * @csspart translation - In a translation, the line saying it is an unofficial translation of the English fact sheet.
 */
export class PartnershipTips extends TipsElement {
  static override properties: PropertyDeclarations = propertiesOf('tips');

  protected readonly _element = 'tips';

  protected override render() {
    const doc = this._doc;
    return this._frame(
      html`<div class="body">
        ${heading(doc.title)}${contents(doc, this._follow, this._live)}${this._renderTips(doc.tips!)}${source(doc)}${translationNotice(doc)}
      </div>`,
      this._layoutClass,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-tips': PartnershipTips;
  }
}
