import { html, type PropertyDeclarations } from 'lit';
import type { ValuesOf } from '../core/attributes.js';
import { ChildResources } from '../internal/child-resources.js';
import { PartnershipElement, propertiesOf } from '../internal/partnership-element.js';
import { contents, resources, source, translationNotice } from '../internal/templates.js';

/**
 * @summary The fact sheet's resources alone: who to call for help, with phone links, and the editor's own.
 *
 * @tag partnership-resources
 *
 * Its `<partnership-resource>` children are the editor's own resources, read as data (they are not
 * slotted): listed after the fact sheet's, or before them with `resources-first="local"`.
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
  static override properties: PropertyDeclarations = propertiesOf('resources');

  /** List only the editor's own `<partnership-resource>` children, not the fact sheet's. */
  declare noDefaultResources: boolean;
  /** `fact-sheet` (default): the fact sheet's resources, then the editor's own; `local`: the editor's own first. */
  declare resourcesFirst: ValuesOf<'resources-first'>;

  protected readonly _element = 'resources';
  private readonly _editorResources = new ChildResources(this);

  constructor() {
    super();
    this.noDefaultResources = false;
  }

  protected override _ownResources() {
    return this._editorResources.items;
  }

  protected override render() {
    const doc = this._doc;
    return this._frame(
      html`<div class="body">${resources(doc, contents(doc, this._follow, this._live))}${source(doc)}${translationNotice(doc)}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-resources': PartnershipResources;
  }
}
