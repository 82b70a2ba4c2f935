/** The browser's reading of a CSS colour, for the `accent` attribute (its rules are in src/core/color.ts). */
import type { Rgb } from '../core/color.js';

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
    /^(inherit|initial|unset|revert|revert-layer|currentcolor|transparent)$/i.test(v)
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
