import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Whether the reader's system asks for a dark scheme, kept up to date while the page is open: a host
 * with `theme="auto"` and an accent re-checks the accent against the background it now has.
 */
export class ColorSchemeController implements ReactiveController {
  private readonly _query = isServer ? undefined : matchMedia('(prefers-color-scheme: dark)');
  private readonly _onChange = () => this._host.requestUpdate();

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  get dark(): boolean {
    return this._query?.matches ?? false;
  }

  hostConnected(): void {
    this._query?.addEventListener('change', this._onChange);
  }

  hostDisconnected(): void {
    this._query?.removeEventListener('change', this._onChange);
  }
}
