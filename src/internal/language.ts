import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG } from '../core/content.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller, and the one observer that tells them a `lang` attribute changed. */
const connected = new Set<LanguageController>();
let observer: MutationObserver | undefined;

/** The `lang` of the element or its nearest ancestor, through shadow roots to their hosts, as HTML's rule goes. */
function inheritedLang(element: Element): string | null {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host)
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  return null;
}

/** A language's content arrived (an add-on script): every connected element renders again. */
export function languagesChanged(): void {
  for (const controller of connected) controller._host.requestUpdate();
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else English. A `lang` set or changed in the page's own tree (the element's, a container's, the
 * page's) re-renders the elements it concerns; a change inside another component's shadow tree is seen
 * at the element's next render. On the server only the element's own `lang` is known.
 */
export class LanguageController implements ReactiveController {
  /** The language tag that applies, as written (trimmed). */
  value = DEFAULT_LANG;

  constructor(readonly _host: Host) {
    _host.addController(this);
  }

  /** Reads the language again; true when it changed. */
  resolve(): boolean {
    const host = this._host;
    const lang = (
      (isServer ? host.getAttribute('lang') : inheritedLang(host) || document.documentElement.lang) || DEFAULT_LANG
    ).trim();
    if (lang === this.value) return false;
    this.value = lang;
    return true;
  }

  hostConnected(): void {
    if (isServer) return;
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => {
        for (const controller of connected) if (controller.resolve()) controller._host.requestUpdate();
      });
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['lang'] });
    }
    // Moved into another container: it may speak another language there.
    if (this.resolve()) this._host.requestUpdate();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
