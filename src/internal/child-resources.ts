import { keyword, quote } from './attributes.js';
import { checkResources } from './check-content.js';
import { isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { english, type Content, type Resource } from './content.js';
import { warn } from './warn.js';

const ATTRIBUTES = ['name', 'phone', 'href', 'description'];
/** The orders `resources-first` takes: the fact sheet's resources first (default), or the editor's own. */
const ORDERS = ['fact-sheet', 'local'] as const;

/**
 * Reads the editor's `<partnership-resource>` children, and reads them again whenever one is added,
 * removed or changed. A child without a name is skipped, a bad phone or link is dropped, each with a warning.
 */
export class ChildResources implements ReactiveController {
  private _items: Resource[] = [];
  /** The children's attributes as last read; none, to begin with, which needs no check. */
  private _seen = '[]';
  /** Made on connection, in the browser: the server has no MutationObserver, and renders no children. */
  private _observer?: MutationObserver;
  /** Whether the host's `resources-first` puts the editor's own first. */
  private _localFirst = false;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement & { resourcesFirst?: string }) {
    _host.addController(this);
  }

  /** Reads the host's `resources-first` when it changed (from the host's willUpdate), warning for a bad value. */
  readOrder(changed: PropertyValues): void {
    if (changed.has('resourcesFirst'))
      this._localFirst =
        keyword(this._host, 'resources-first', this._host.resourcesFirst, ORDERS, 'fact-sheet') === 'local';
  }

  /** The resources to list: the content's own unless left out, and the editor's, after them or first. */
  list(content: Content, withDefaults: boolean): Resource[] {
    const sheet = withDefaults ? content.resources.items : [];
    return this._localFirst ? [...this._items, ...sheet] : [...sheet, ...this._items];
  }

  hostConnected(): void {
    if (isServer) return;
    this._observer ??= new MutationObserver(() => this._read());
    this._observer.observe(this._host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ATTRIBUTES,
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

  /** Takes resources given as a child's attributes (the children, or `partnership-panel/render`'s options). */
  take(raw: Record<string, string>[]): void {
    const key = JSON.stringify(raw);
    if (key === this._seen) return;
    this._seen = key;
    const problems: string[] = [];
    this._items = checkResources(raw, english, problems);
    for (const problem of problems) {
      const index = Number(/\[(\d+)\]/.exec(problem)?.[1]);
      const child = raw[index] ?? {};
      warn(
        this._host,
        `<partnership-resource ${Object.entries(child)
          .map(([k, v]) => `${k}=${quote(String(v))}`)
          .join(' ')}>: ${problem.replace(/^partnership-resource\[\d+\]\.?/, '')}`,
      );
    }
    this._host.requestUpdate();
  }
}
