/** The addresses `partnership-panel site` and the handout take: what they accept, and what they say of the rest. */
import { quote } from '../core/text.js';

/**
 * A page's address for print (the QR code and the line under it), or the problem with it: https only (a
 * page served over http is marked not secure, and WordPress's embeds and the platforms' iframes want
 * https), with no user name or password.
 */
export function checkPageUrl(value: unknown): { url?: string; problem?: string } {
  const given = typeof value === 'string' ? value.trim() : '';
  if (!given) return { problem: 'url: the https address of the page is required (--url https://…).' };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return {
      problem: `url=${quote(given)} is not an address; give an https address, such as https://district.example/partnership/.`,
    };
  }
  if (url.protocol !== 'https:')
    return { problem: `url=${quote(given)} is not https; the pages must be served over https (give https://…).` };
  if (url.username || url.password)
    return { problem: `url=${quote(given)}: the address takes no user name or password.` };
  return { url: url.href };
}

/**
 * The folder's address, or the problem with it: a page's (above), with no ?query or #fragment; a missing
 * final `/` is added, since it is a folder's.
 */
export function checkSiteUrl(value: unknown): { url?: string; problem?: string } {
  const checked = checkPageUrl(value);
  if (!checked.url) return checked;
  const url = new URL(checked.url);
  if (url.search || url.hash)
    return { problem: `url=${quote(String(value).trim())}: the folder's address takes no ?query or #fragment.` };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href };
}
