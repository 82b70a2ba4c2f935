import { quote } from './attributes.js';
import { checkResources } from './check-content.js';
import type { Base, Controller } from './base.js';
import { bundled, DEFAULT_LANG, type Content, type Resource } from './content.js';
import { warn } from './warn.js';

const ATTRIBUTES = ['name', 'phone', 'href', 'description'];

/**
 * Reads the editor's `<partnership-resource>` children, and reads them again whenever one is added,
 * removed or changed. A child without a name is skipped, a bad phone or link is dropped, each with a warning.
 */
export class ChildResources implements Controller {
  items: Resource[] = [];
  private seen = '';
  private readonly observer = new MutationObserver(() => this.read());

  constructor(private readonly host: Base) {
    host.addController(this);
  }

  /** The resources to list: the content's own unless left out, then the editor's. */
  list(content: Content, withDefaults: boolean): Resource[] {
    return [...(withDefaults ? content.resources.items : []), ...this.items];
  }

  hostConnected(): void {
    this.observer.observe(this.host, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
    this.read();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private read(): void {
    const children = [...this.host.children].filter((el) => el.localName === 'partnership-resource');
    const raw = children.map((el) =>
      Object.fromEntries(ATTRIBUTES.filter((a) => el.hasAttribute(a)).map((a) => [a, el.getAttribute(a)])),
    );
    const key = JSON.stringify(raw);
    if (key === this.seen) return;
    this.seen = key;
    const problems: string[] = [];
    this.items = checkResources(raw, bundled[DEFAULT_LANG], problems);
    for (const problem of problems) {
      const index = Number(/\[(\d+)\]/.exec(problem)?.[1]);
      const child = raw[index] ?? {};
      warn(this.host, `<partnership-resource ${Object.entries(child).map(([k, v]) => `${k}=${quote(String(v))}`).join(' ')}>: ${problem.replace(/^partnership-resource\[\d+\]\.?/, '')}`);
    }
    this.host.requestUpdate('resources');
  }
}
