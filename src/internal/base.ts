import { render, type TemplateResult } from 'lit/html.js';

/** How a property is kept: in an attribute (the editor's interface), or as internal state. */
export interface PropertySpec {
  /** The attribute's name; default: the property name in lower case. */
  attribute?: string;
  /** A boolean attribute: present is true. */
  boolean?: boolean;
  /** Internal state: no attribute. */
  state?: boolean;
}

/** Per class: attribute name → property name. */
const attributeNames = new WeakMap<object, Map<string, string>>();

/**
 * First renders while the page is still loading are paced. Once the first three elements have
 * rendered and the renders since the last pause have taken `loadingBudget` ms (a static of the class),
 * the next first render waits for a later task; before that pause, what was rendered is laid out, in
 * the task that rendered it.
 * A page with many panels so lays them out a batch per task, not all in one long task; the first three,
 * at the top of the page, are never held back; after the page has loaded, every render is immediate.
 */
let spentInTask = 0;
let renderedWhileLoading = 0;
let nextBatch: Promise<void> | null = null;

function waitForNextBatch(): Promise<void> {
  if (!nextBatch) {
    // Lay out this batch now: left for the next frame, it would be laid out together with the next ones.
    document.documentElement.getBoundingClientRect();
    nextBatch = new Promise<unknown>((resolve) => setTimeout(resolve)).then(() => {
      nextBatch = null;
      spentInTask = 0;
    });
  }
  return nextBatch;
}

/** Something that follows the element's connection to the page, as Lit's reactive controllers do. */
export interface Controller {
  hostConnected(): void;
  hostDisconnected(): void;
}

/**
 * The elements' base: Lit's templates (lit-html) on a small attribute-driven element, instead of
 * LitElement. Attributes are the editor's interface and the single source of truth: each public
 * property reads and writes its attribute, as GitHub's relative-time-element does, so the reactive
 * layer LitElement brings (2.7 KB gzip of a 16 KB budget) is not needed. Updates are batched in a
 * microtask; `willUpdate(changed)`, `render()` and `updated(changed)` run as in Lit, and
 * `updateComplete` resolves once the element has rendered what was asked.
 */
export abstract class Base extends HTMLElement {
  static properties: Record<string, PropertySpec> = {};
  static styles: CSSStyleSheet;
  /** Milliseconds of first renders per task while the page loads (see above); a test may change it. */
  static loadingBudget = 4;

  /**
   * The browser asks each class for its observed attributes once, when it is defined: that is when the
   * accessors go on the prototype and the attribute-to-property names are noted.
   */
  static get observedAttributes(): string[] {
    let names = attributeNames.get(this);
    if (!names) {
      attributeNames.set(this, (names = new Map()));
      for (const [name, spec] of Object.entries(this.properties)) {
        const attribute = spec.attribute ?? name.toLowerCase();
        if (!spec.state) names.set(attribute, name);
        Object.defineProperty(this.prototype, name, {
          configurable: true,
          get(this: Base) {
            if (spec.state) return this._state.get(name);
            return spec.boolean ? this.hasAttribute(attribute) : this.getAttribute(attribute);
          },
          set(this: Base, value: unknown) {
            if (spec.state) {
              this._state.set(name, value);
              this.requestUpdate(name);
            } else if (spec.boolean) this.toggleAttribute(attribute, !!value);
            else if (value == null) this.removeAttribute(attribute);
            else this.setAttribute(attribute, String(value));
          },
        });
      }
    }
    return [...names.keys()];
  }

  private readonly _state = new Map<string, unknown>();
  private readonly _controllers: Controller[] = [];
  private _changed = new Set<string>();
  private _pending: Promise<void> | null = null;
  private _connected = false;
  private _rendered = false;
  private _paced = false;

  constructor() {
    super();
    const type = this.constructor as typeof Base;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [type.styles];
    // A property set on the element before its class was defined (a framework, or script order)
    // shadows the accessor: move it onto the accessor.
    for (const name of Object.keys(type.properties)) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    this._changed = new Set(Object.keys(type.properties));
  }

  addController(controller: Controller): void {
    this._controllers.push(controller);
  }

  connectedCallback(): void {
    this._connected = true;
    for (const controller of this._controllers) controller.hostConnected();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this._connected = false;
    for (const controller of this._controllers) controller.hostDisconnected();
  }

  attributeChangedCallback(attribute: string, old: string | null, value: string | null): void {
    if (old === value) return;
    this.requestUpdate(attributeNames.get(this.constructor)?.get(attribute) ?? attribute);
  }

  /** Schedules an update, noting what changed. */
  requestUpdate(name?: string): void {
    if (name) this._changed.add(name);
    if (this._pending || !this._connected) return;
    this._pending = Promise.resolve().then(() => this._performUpdate());
  }

  /** Resolves when no update is pending any more. */
  get updateComplete(): Promise<boolean> {
    return (this._pending ?? Promise.resolve()).then(() => (this._pending ? this.updateComplete : true));
  }

  private _performUpdate(): void {
    // Removed before the update ran: keep the changes for when it is connected again.
    if (!this._connected) {
      this._pending = null;
      return;
    }
    const loading = document.readyState === 'loading';
    // Only renders while the page loads, or of elements already held back, count against the budget.
    const counted = loading || this._paced;
    if (
      !this._rendered &&
      counted &&
      renderedWhileLoading >= 3 &&
      spentInTask > (this.constructor as typeof Base).loadingBudget
    ) {
      this._paced = true;
      this._pending = waitForNextBatch().then(() => this._performUpdate());
      return;
    }
    const start = counted ? performance.now() : 0;
    const changed = this._changed;
    try {
      this.willUpdate(changed);
    } finally {
      this._changed = new Set();
      this._pending = null;
    }
    render(this.render(), this.shadowRoot!, { host: this });
    if (!this._rendered && loading) renderedWhileLoading++;
    this._rendered = true;
    if (counted) spentInTask += performance.now() - start;
    this.updated(changed);
  }

  protected willUpdate(_changed: ReadonlySet<string>): void {}
  protected updated(_changed: ReadonlySet<string>): void {}
  protected abstract render(): TemplateResult;
}

/** A constructable stylesheet, shared by every element (Lit's css`` does the same). */
export function sheet(cssText: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(cssText);
  return s;
}
