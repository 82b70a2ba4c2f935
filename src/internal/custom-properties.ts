import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on the element it is bound to (`<div ${customProperties({ '--x': 'red' })}>`)
 * through the CSSOM, and removes those it set before and is no longer given. Lit's styleMap writes a
 * `style` attribute on its first render, which a strict Content-Security-Policy blocks; the CSSOM it
 * allows. Element bindings do not run on the server.
 */
class CustomPropertiesDirective extends Directive {
  private _set = new Set<string>();
  private _last?: Readonly<Record<string, string>>;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('customProperties() goes on an element: <div ${…}>');
  }

  render(_properties: Readonly<Record<string, string>>) {}

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    // The same object again: nothing to write (a write would invalidate the element's style).
    if (properties === this._last) return;
    this._last = properties;
    const { style } = part.element as HTMLElement;
    for (const name of this._set) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this._set = new Set(Object.keys(properties));
  }
}

export const customProperties = directive(CustomPropertiesDirective);
