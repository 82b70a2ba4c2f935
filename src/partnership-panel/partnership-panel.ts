import { html, nothing, type PropertyDeclarations } from 'lit';
import type { ValuesOf } from '../core/attributes.js';
import { ChildResources } from '../internal/child-resources.js';
import { propertiesOf } from '../internal/partnership-element.js';
import { TipsElement } from '../internal/tips-element.js';
import { contents, footer, heading, paragraphs, resources, translationNotice } from '../internal/templates.js';

/**
 * @summary The whole fact sheet "Building Winning Partnerships": heading, introduction, tips for
 * professionals and for families, closing line, resources and the publisher's credit.
 *
 * @tag partnership-panel
 *
 * Its `<partnership-resource>` children are the editor's own resources, read as data (they are not
 * slotted): listed after the fact sheet's, or before them with `resources-first="local"`.
 *
 * @fires {CustomEvent<PartnershipToggleDetail>} partnership-toggle - A section was opened or closed (accordion), a section's held-back tips shown or hidden, or all tips shown or hidden (tip of the day). detail: `{ section, control, open }`.
 * @fires {CustomEvent<PartnershipLinkDetail>} partnership-link - A phone, email or web link was used. detail: `{ href, kind, label }`.
 *
 * @csspart panel - The card around everything.
 * @csspart header - The band holding the title and headline.
 * @csspart heading - Every heading; also `title-heading`, `audience-heading`, `section-heading`, `resources-heading`, `today-heading`.
 * @csspart contents - The contents list, "On this page"; its entries are `contents-link`.
 * @csspart headline - The tagline under the title.
 * @csspart introduction - The introduction: its first sentence, then the rest under "Read more".
 * @csspart read-more - The "Read more" disclosure (a `details` element) holding the rest of the introduction.
 * @csspart audience - One audience's group of sections.
 * @csspart section - One section of tips.
 * @csspart section-introduction - The sentence that leads into a section's tips.
 * @csspart count - How many tips a section holds ("10 tips"), in its heading.
 * @csspart tips - A list of tips.
 * @csspart tip - One tip.
 * @csspart tip-of-the-day - The tip of the day block; its lead-in ("Professionals could:") is `today-lead`, its tip `today-tip`.
 * @csspart button - Every control: the accordion sections' summaries, "Show all sections", "Show N more tips" (also `more`) and "Show all tips".
 * @csspart closing - The closing line.
 * @csspart resources - The resources block.
 * @csspart resource - One resource, as a card.
 * @csspart resource-name - A resource's name, the card's heading.
 * @csspart resource-description - What a resource does.
 * @csspart link - Every link; phone links are also `phone`.
 * @csspart phone - A phone (tel:) link.
 * @csspart call - A resource's call button ("Call 541-359-4210").
 * @csspart website - A resource's website link.
 * @csspart footer - The publisher's contact, publication date and disclaimer.
 * @csspart translation - In a translation, the line saying it is an unofficial translation of the English fact sheet.
 *
 * @cssproperty --partnership-font-size - Base size; everything is sized from it. Default: the reader's own default size.
 * @cssproperty --partnership-text - Text colour.
 * @cssproperty --partnership-muted - Footer text colour.
 * @cssproperty --partnership-background - Background of the card.
 * @cssproperty --partnership-accent - Accent: header band, rules, bullets, links.
 * @cssproperty --partnership-on-accent - Text on the accent (the header band).
 * @cssproperty --partnership-link - Link colour (defaults to the accent).
 * @cssproperty --partnership-focus - Focus ring colour (defaults to the link colour).
 * @cssproperty --partnership-heading - Heading colour (defaults to the text colour).
 * @cssproperty --partnership-border - Border and divider colour.
 * @cssproperty --partnership-radius - Corner radius of the card.
 * @cssproperty --partnership-spacing - Padding inside the card.
 * @cssproperty --partnership-paragraph-spacing - Space after each paragraph and list (a reader's paragraph spacing).
 */
export class PartnershipPanel extends TipsElement {
  static override properties: PropertyDeclarations = propertiesOf('panel');

  /** Leave the resource list out. */
  declare noResources: boolean;
  /** List only the editor's own `<partnership-resource>` children, not the fact sheet's. */
  declare noDefaultResources: boolean;
  /** `fact-sheet` (default): the fact sheet's resources, then the editor's own; `local`: the editor's own first. */
  declare resourcesFirst: ValuesOf<'resources-first'>;

  protected readonly _element = 'panel';
  private readonly _editorResources = new ChildResources(this);

  constructor() {
    super();
    this.noResources = false;
    this.noDefaultResources = false;
  }

  protected override _ownResources() {
    return this._editorResources.items;
  }

  protected override render() {
    const doc = this._doc;
    // An article, so its header and footer are not page-wide banner and contentinfo landmarks.
    return this._frame(
      html`<article aria-labelledby=${doc.title.id}>
        <header class="top" part="header">
          ${heading(doc.title)}
          <p class="headline" part="headline">${doc.headline}</p>
        </header>
        <div class="body">
          ${translationNotice(doc)}
          <div class="introduction" part="introduction">
            <p class="summary">${doc.summary}</p>
            ${
              doc.more!.length
                ? html`<details class="read-more" part="read-more">
                  <summary>${doc.labels.readMore}</summary>
                  ${paragraphs(doc.more!)}
                </details>`
                : nothing
            }
          </div>
          ${contents(doc, this._follow, this._live)}
          ${this._renderTips(doc.tips!)}
          <p class="closing" part="closing">${doc.closing}</p>
          ${resources(doc)}
          ${footer(doc)}
        </div>
      </article>`,
      `whole ${this._layoutClass}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-panel': PartnershipPanel;
  }
}
