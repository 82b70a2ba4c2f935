/** `tel:` keeps only the digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/** Link schemes the panel renders. Anything else (javascript:, data:, file:…) is dropped. */
const LINK_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'];

/** The absolute URL when `value` is a link the panel may render, else null. */
export function safeLink(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    // Relative to the page in the browser; on a server (no document) only absolute links are known.
    // (Not Lit's isServer: this module is also in the configurator's plain-HTML script, which has no Lit.)
    const url = new URL(value.trim(), typeof document === 'undefined' ? undefined : document.baseURI);
    return LINK_SCHEMES.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The absolute URL when `value` is an http(s) address the panel may fetch, else null. */
export function fetchableUrl(value: string): string | null {
  const url = safeLink(value);
  return url && /^https?:/.test(url) ? url : null;
}

/**
 * A phone number as people write it: digits, spaces, +, -, ., ( and ), starting with +, ( or a digit,
 * with at least three digits.
 */
export const PHONE = /^(?=(\D*\d){3})\+?[0-9(][0-9 ().-]{2,30}$/;
