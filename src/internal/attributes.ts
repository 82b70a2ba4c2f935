/**
 * Whitelist parsers for the editor's attributes. Each returns the parsed value or the default, and
 * warns (naming the element, attribute, value and what is allowed) when it had to fall back.
 * None of them throws.
 */
import { warn } from './warn.js';

/** A property's value as text: a script or a framework may set any value, or none. */
export const text = (value: unknown): string => (value == null ? '' : String(value));

/** Shows a value in a warning: quoted, control characters escaped, long values cut. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return JSON.stringify(shown);
}

/** A keyword attribute: matched case-insensitively after trimming, else the default. */
export function keyword<T extends string>(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value == null) return fallback;
  const key = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(key)) return key as T;
  warn(element, `${attribute}=${quote(String(value))} is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

/** A whole number in [min, max], else the default. */
export function integer(
  element: Element,
  attribute: string,
  value: string | number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value == null) return fallback;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n >= min && n <= max) return n;
  }
  warn(element, `${attribute}=${quote(String(value))} is not a whole number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

/**
 * A list of ids separated by commas or white space. Unknown ids are dropped with a warning; an empty
 * or wholly unknown list gives null (meaning: all).
 */
export function idList(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  known: readonly string[],
): string[] | null {
  if (value == null) return null;
  const ids = String(value)
    .split(/[\s,]+/)
    .map((id) => id.toLowerCase())
    .filter(Boolean);
  const unknown = ids.filter((id) => !known.includes(id));
  const kept = ids.filter((id) => known.includes(id));
  if (unknown.length) {
    warn(
      element,
      `${attribute}=${quote(String(value))}: ignoring unknown ${unknown.map(quote).join(', ')}; known ids are ${known.join(', ')}.`,
    );
  }
  return kept.length ? kept : null;
}
