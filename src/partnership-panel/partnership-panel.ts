import { html, nothing } from 'lit';
import { PartnershipElement } from '../internal/partnership-element.js';
import { deeper, footer, heading, resources, tips } from '../internal/render.js';

/**
 * @summary The whole fact sheet "Building Winning Partnerships": heading, introduction, tips for
 * professionals and for families, closing line, resources and the publisher's credit.
 *
 * @tag partnership-panel
 *
 * @csspart panel - The card around everything.
 * @csspart heading - Every heading; also `title-heading`, `audience-heading`, `section-heading`, `resources-heading`.
 * @csspart headline - The tagline under the title.
 * @csspart introduction - The introduction.
 * @csspart audience - One audience's group of sections.
 * @csspart section - One section of tips.
 * @csspart section-introduction - The sentence that leads into a section's tips.
 * @csspart tips - A list of tips.
 * @csspart tip - One tip.
 * @csspart closing - The closing line.
 * @csspart resources - The resources block.
 * @csspart resource - One resource.
 * @csspart resource-name - A resource's name.
 * @csspart link - Every link; phone links are also `phone`.
 * @csspart phone - A phone (tel:) link.
 * @csspart footer - The publisher's contact, publication date and disclaimer.
 *
 * @cssproperty --partnership-font-size - Base size; everything is sized from it. Default: the reader's own default size.
 * @cssproperty --partnership-text - Text colour.
 * @cssproperty --partnership-muted - Footer text colour.
 * @cssproperty --partnership-background - Background of the card.
 * @cssproperty --partnership-accent - Accent (rules, bullets, links).
 * @cssproperty --partnership-link - Link colour (defaults to the accent).
 * @cssproperty --partnership-focus - Focus ring colour (defaults to the accent).
 * @cssproperty --partnership-heading - Heading colour (defaults to the text colour).
 * @cssproperty --partnership-border - Border and divider colour.
 * @cssproperty --partnership-radius - Corner radius of the card.
 * @cssproperty --partnership-spacing - Padding inside the card.
 */
export class PartnershipPanel extends PartnershipElement {
  static override properties = {
    ...PartnershipElement.properties,
    noResources: { type: Boolean, attribute: 'no-resources', reflect: true },
  };

  /** Leave the resource list out. */
  declare noResources: boolean;

  constructor() {
    super();
    this.noResources = false;
  }

  protected override render() {
    const c = this.content;
    const inner = deeper(this.level);
    return html`<article class="panel" part="panel" lang=${c.lang} aria-labelledby="title">
      ${heading(this.level, this.headingText(c.title), 'title', 'title')}
      <p class="headline" part="headline">${c.headline}</p>
      <div class="introduction" part="introduction">${c.introduction.map((p) => html`<p>${p}</p>`)}</div>
      ${tips(c, this.audienceChoice, this.sectionChoice, inner)}
      <p class="closing" part="closing">${c.closing}</p>
      ${this.noResources ? nothing : resources(c, c.resources.items, inner)}
      ${footer(c)}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-panel': PartnershipPanel;
  }
}
