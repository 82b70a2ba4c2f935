import { ReactiveElement, type PropertyDeclarations } from 'lit';
import { VERSION } from '../internal/version.js';

/**
 * @summary An editor's own resource, listed after the built-in ones. A data element: put it inside
 * `<partnership-panel>` or `<partnership-resources>`; it renders nothing itself.
 *
 * @tag partnership-resource
 */
export class PartnershipResource extends ReactiveElement {
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    name: { type: String, reflect: true },
    phone: { type: String, reflect: true },
    href: { type: String, reflect: true },
    description: { type: String, reflect: true },
  };

  /** The resource's name (required). */
  declare name: string;
  /** A phone number; becomes a tel: link whose accessible name says who is called. */
  declare phone: string;
  /** A web (http/https), tel: or mailto: link; other schemes are dropped with a warning. */
  declare href: string;
  /** One or two sentences on what it offers. */
  declare description: string;

  /** It shows nothing of its own (the panel around it reads its attributes), so it needs no shadow root. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-resource': PartnershipResource;
  }
}
