import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { RESOURCE_FIELDS } from '../core/attributes.js';
import { checkResources } from '../core/check-content.js';
import { english, type Resource } from '../core/content.js';
import { warn } from './warn.js';

const ATTRIBUTES: readonly string[] = RESOURCE_FIELDS;

/**
 * Reads the editor's `<partnership-resource>` children, and reads them again whenever one is added,
 * removed or changed. A child without a name is skipped, a bad phone or link is dropped, each with a warning.
 */
export class ChildResources implements ReactiveController {
  /** The editor's resources, checked, in the order of the children. */
  items: readonly Resource[] = [];
  /** The children's attributes as last read; none, to begin with, which needs no check. */
  private _seen = '[]';
  /** Made on connection, in the browser: the server has no MutationObserver, and renders no children. */
  private _observer?: MutationObserver;
  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this._observer ??= new MutationObserver(() => this._read());
    this._observer.observe(this._host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...ATTRIBUTES],
    });
    this._read();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  private _read(): void {
    const children = [...this._host.children].filter((el) => el.localName === 'partnership-resource');
    this.take(
      children.map((el) =>
        Object.fromEntries(ATTRIBUTES.filter((a) => el.hasAttribute(a)).map((a) => [a, el.getAttribute(a)!])),
      ),
    );
  }

  /** Takes resources given as the children's attributes. */
  private take(raw: Record<string, string>[]): void {
    const key = JSON.stringify(raw);
    if (key === this._seen) return;
    this._seen = key;
    const { content, problems } = checkResources(raw, english);
    this.items = content;
    for (const problem of problems) warn(this._host, problem);
    this._host.requestUpdate();
  }
}
