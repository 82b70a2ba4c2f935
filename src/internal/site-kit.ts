/**
 * What the configurator's site block (demo/configurator-site.js) reads from the widget's own code, so
 * that it copies none: the attribute data, the folder's address rule, the iframe snippet, and the
 * handout as `partnership-panel render --format handout` writes it (the same view of the options, the
 * same renderer). Built to dist/site-kit.js (not in the package). No Lit.
 */
import { addLanguage } from '../core/content.js';
import { handoutDocument } from './handout.js';
import { plainView, type PanelOptions } from './plain-html.js';
import { checkSiteUrl } from './site-url.js';

export { ATTRIBUTES } from '../core/attributes.js';
export { checkSiteUrl };
export { iframeSnippet } from './site-pages.js';

/**
 * The handout for the options, its QR code opening `url`, its styles from `stylesheet` (a file's
 * address: a page under a strict CSP takes no inline style). The add-on languages the page has loaded
 * (window.partnershipPanelLanguages) are there to print in.
 */
export function handoutHtml(
  options: PanelOptions,
  url: string,
  stylesheet: string,
): { html: string; problems: string[] } {
  for (const content of window.partnershipPanelLanguages ?? []) addLanguage(content);
  const { doc, problems } = plainView({ ...options, headingLevel: options.headingLevel ?? 1 });
  return { html: handoutDocument(doc, { url, stylesheet: { href: stylesheet } }), problems };
}
