/** Colour arithmetic for the `accent` attribute: WCAG 2 relative luminance and contrast ratio. */

export type Rgb = [number, number, number];

/**
 * Any CSS colour the browser understands, as opaque sRGB bytes; null when it is not a colour. The
 * browser resolves it: mixed into sRGB with color-mix(), its computed value is `color(srgb r g b)` or
 * `rgb(r, g, b)` in every engine, whatever syntax the editor wrote (hex, names, hsl, oklch…).
 */
export function toRgb(value: string, scope: Element | ShadowRoot): Rgb | null {
  const v = value.trim();
  if (
    !v ||
    /[;{}]/.test(v) ||
    !CSS.supports('color', v) ||
    /^(inherit|initial|unset|revert|currentcolor|transparent)$/i.test(v)
  )
    return null;
  const probe = document.createElement('i');
  probe.style.color = `color-mix(in srgb, ${v} 100%, #000 0%)`;
  if (!probe.style.color) probe.style.color = v;
  scope.appendChild(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(computed);
  if (srgb) return [1, 2, 3].map((i) => Math.round(Math.min(1, Math.max(0, Number(srgb[i]))) * 255)) as Rgb;
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(computed);
  return rgb ? ([1, 2, 3].map((i) => Math.round(Number(rgb[i]))) as Rgb) : null;
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
