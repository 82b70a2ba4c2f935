import { ChildResources } from '../internal/child-resources.js';
import { PartnershipElement } from '../internal/partnership-element.js';
import { html, type PropertyDeclarations } from 'lit';
import { resources, source, translationNotice } from '../internal/templates.js';

/**
 * @summary The fact sheet's resources alone: who to call for help, with phone links, and the editor's own.
 *
 * @tag partnership-resources
 *
 * @slot - `<partnership-resource>` children: the editor's own resources, listed after the built-in ones.
 *
 * @fires {CustomEvent<PartnershipLinkDetail>} partnership-link - A phone, email or web link was used. detail: `{ href, kind, label }`.
 *
 * @csspart panel - The card around everything.
 * @csspart heading - The heading; also `resources-heading`.
 * @csspart resource - One resource.
 * @csspart resource-name - A resource's name.
 * @csspart link - Every link; phone links are also `phone`.
 * @csspart phone - A phone (tel:) link.
 * @csspart credit - The source line: publisher, fact sheet title, publication date.
 * @csspart translation - In a translation, the line saying it is an unofficial translation of the English fact sheet.
 */
export class PartnershipResources extends PartnershipElement {
  static override properties: PropertyDeclarations = {
    noDefaultResources: { type: Boolean, attribute: 'no-default-resources', reflect: true },
  };

  /** List only the editor's own `<partnership-resource>` children, not the fact sheet's. */
  declare noDefaultResources: boolean;

  private readonly _editorResources = new ChildResources(this);

  constructor() {
    super();
    this.noDefaultResources = false;
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
