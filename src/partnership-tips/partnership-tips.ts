import { TipsElement } from '../internal/tips-element.js';
import { html } from 'lit';
import { deeper, heading, source, translationNotice } from '../internal/templates.js';

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
  protected override render() {
    const title = heading(this._level, this._headingText(this._content.labels.tipsHeading), 'title', 'title');
    return this._frame(
      html`<div class="body">
        ${title}${this._renderTips(deeper(this._level))}${source(this._content)}${translationNotice(this._content)}
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
