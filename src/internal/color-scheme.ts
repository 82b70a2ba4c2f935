import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** One query for the page, made the first time an element needs it (the first matchMedia call costs ~1 ms). */
let darkQuery: MediaQueryList | undefined;

/**
 * Whether the reader's system asks for a dark scheme. From the first time a host asks, it is re-rendered
 * when that changes while the page is open, so that `theme="auto"` with an accent re-checks the accent
 * against the background it now has. Hosts that never ask cost nothing.
 */
export class ColorSchemeController implements ReactiveController {
  private _watching = false;
  private readonly _onChange = () => this._host.requestUpdate();

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  /** True when the reader's scheme is dark (never on the server). */
  dark(): boolean {
    if (isServer) return false;
    darkQuery ??= matchMedia('(prefers-color-scheme: dark)');
    if (!this._watching) {
      this._watching = true;
      darkQuery.addEventListener('change', this._onChange);
    }
    return darkQuery.matches;
  }

  hostConnected(): void {
    if (this._watching) darkQuery!.addEventListener('change', this._onChange);
  }

  hostDisconnected(): void {
    darkQuery?.removeEventListener('change', this._onChange);
  }
}
