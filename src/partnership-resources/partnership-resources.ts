import { ChildResources } from '../internal/child-resources.js';
import { PartnershipElement } from '../internal/partnership-element.js';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { resources, source, translationNotice } from '../internal/templates.js';

/**
 * @summary The fact sheet's resources alone: who to call for help, with phone links, and the editor's own.
 *
 * @tag partnership-resources
 *
 * @slot - `<partnership-resource>` children: the editor's own resources, listed after the built-in ones (before them with `resources-first="local"`).
 *
 * @fires {CustomEvent<PartnershipLinkDetail>} partnership-link - A phone, email or web link was used. detail: `{ href, kind, label }`.
 *
 * @csspart panel - The card around everything.
 * @csspart heading - The heading; also `resources-heading`.
 * @csspart resource - One resource, as a card.
 * @csspart resource-name - A resource's name, the card's heading.
 * @csspart resource-description - What a resource does.
 * @csspart link - Every link; phone links are also `phone`.
 * @csspart phone - A phone (tel:) link.
 * @csspart call - A resource's call button ("Call 541-359-4210").
 * @csspart website - A resource's website link.
 * @csspart credit - The source line: publisher, fact sheet title, publication date.
 * @csspart translation - In a translation, the line saying it is an unofficial translation of the English fact sheet.
 */
export class PartnershipResources extends PartnershipElement {
  static override properties: PropertyDeclarations = {
    noDefaultResources: { type: Boolean, attribute: 'no-default-resources', reflect: true },
    resourcesFirst: { type: String, attribute: 'resources-first', reflect: true },
  };

  /** List only the editor's own `<partnership-resource>` children, not the fact sheet's. */
  declare noDefaultResources: boolean;
  /** `fact-sheet` (default): the fact sheet's resources, then the editor's own; `local`: the editor's own first. */
  declare resourcesFirst: 'fact-sheet' | 'local';

  private readonly _editorResources = new ChildResources(this);

  constructor() {
    super();
    this.noDefaultResources = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this._editorResources.readOrder(changed);
  }

  protected override render() {
    const c = this._content;
    const items = this._editorResources.list(c, !this.noDefaultResources);
    return this._frame(
      html`<div class="body">
        ${resources(c, items, this._level, this._headingText(c.resources.heading))}${source(c)}${translationNotice(c)}
      </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-resources': PartnershipResources;
  }
}
