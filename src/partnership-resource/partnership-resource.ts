import { VERSION } from '../internal/version.js';

/**
 * @summary An editor's own resource, listed after the built-in ones. A data element: put it inside
 * `<partnership-panel>` or `<partnership-resources>`; it renders nothing itself.
 *
 * @tag partnership-resource
 *
 * @attr {string} name - The resource's name (required).
 * @attr {string} phone - A phone number; becomes a tel: link whose accessible name says who is called.
 * @attr {string} href - A web (http/https), tel: or mailto: link; other schemes are dropped with a warning.
 * @attr {string} description - One or two sentences on what it offers.
 */
export class PartnershipResource extends HTMLElement {
  static readonly version = VERSION;
}

declare global {
  interface HTMLElementTagNameMap {
    'partnership-resource': PartnershipResource;
  }
}
