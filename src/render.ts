/**
 * Renders a panel at build time, in Node, for pages where no script may run or where the panel should
 * be in the page before any script does (`partnership-panel render`, and
 * `import { renderPanel } from 'partnership-panel/render'`):
 *
 * - `html`: the configured panel as plain, semantic HTML (headings at the chosen level, paragraphs,
 *   lists, `tel:` and `https:` links, the source line, date and disclaimer) with no script, style,
 *   custom element, `class`, `data-` or `aria-` attribute, so that a CMS's sanitizer keeps it whole and
 *   the page's own styles apply;
 * - `prerendered`: the element holding its rendered card as declarative shadow DOM, its styles as a
 *   stylesheet file next to the bundle (a strict CSP blocks an inline `<style>`), then the script tag.
 *
 * Every value is checked by the elements' own rules, and a bad one is an error (`RenderError`) with the
 * element's own warning as its message.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import './define.js';
import { addOnContent } from './internal/add-on-content.js';
import { addLanguage, addOnLanguages, languageKey } from './core/content.js';
import { handoutDocument, textDocument } from './internal/handout.js';
import { attributesOf, escape, plainHtml, plainView, TAGS, view, type PanelOptions } from './internal/plain-html.js';
import { checkPageUrl } from './internal/site-url.js';
import { ASSETS } from './site.js';
import { RenderError } from './internal/render-error.js';
import { VERSION } from './internal/version.js';

/** What `renderPanel` takes: the elements' attributes, as options, and the format. */
export interface RenderOptions extends PanelOptions {
  /**
   * `html` (default): plain HTML, no script; `prerendered`: the element with its card, and the script;
   * `handout`: a whole document to print on one sheet (two pages), with a QR code of `url`; `text`: the
   * handout as plain text.
   */
  format?: 'html' | 'prerendered' | 'handout' | 'text';
  /** Where the bundle and its stylesheet are (prerendered): a folder URL. Default: the CDN's, pinned. */
  base?: string;
  /** The handout's and the text's page (https): the QR code opens it, and it is printed under it. */
  url?: string;
}

export { RenderError };

const FORMATS = ['html', 'prerendered', 'handout', 'text'];
export const DEFAULT_BASE = `https://cdn.jsdelivr.net/npm/partnership-panel@${VERSION}/dist/`;

// The add-on languages, which the browser gets as scripts.
for (const content of addOnContent) addLanguage(content);

const attributeText = (attributes: [string, string | true][]) =>
  attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');

/** dist/integrity.json, next to the library build; none when it is missing (a build without it). */
async function integrity(): Promise<Record<string, string>> {
  try {
    const json = await import(new URL('../integrity.json', import.meta.url).href, { with: { type: 'json' } });
    return json.default as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * The element alone, from Lit's server output of the template that held it: inside its shadow root,
 * the markers Lit's hydration reads (comments) are kept, so that the element in the browser keeps the
 * card when it would render the same; around it are the markers of that outer template, which nothing
 * hydrates.
 */
const elementOnly = (out: string, tag: string) =>
  out.slice(out.indexOf(`<${tag}`), out.lastIndexOf(`</${tag}>`) + `</${tag}>`.length);

/**
 * The panel as HTML, for a page or a build step: plain HTML (`format: 'html'`, the default) or the
 * prerendered element with its script (`format: 'prerendered'`). Throws a `RenderError` for a value
 * the elements would refuse.
 */
export async function renderPanel(options: RenderOptions = {}): Promise<string> {
  const problems: string[] = [];
  const kind = options.element ?? 'panel';
  if (!Object.hasOwn(TAGS, kind))
    problems.push(`element=${JSON.stringify(kind)} is not one of panel, tips, resources.`);
  const formatChoice = options.format ?? 'html';
  if (!FORMATS.includes(formatChoice))
    problems.push(`format=${JSON.stringify(formatChoice)} is not one of ${FORMATS.join(', ')}.`);
  const printed = formatChoice === 'handout' || formatChoice === 'text';
  let url: string | undefined;
  if (options.url !== undefined && !printed) problems.push('url is for the handout and text formats.');
  else if (options.url !== undefined) {
    const checked = checkPageUrl(options.url);
    if (checked.problem) problems.push(checked.problem);
    url = checked.url;
  }
  if (options.resources?.length && kind === 'tips')
    problems.push('resources are for the panel and <partnership-resources>, not <partnership-tips>.');
  // The server cannot show an editor's own resources inside the card (they are the element's children,
  // which it reads in the browser): a prerendered card would change when the script runs.
  if (options.resources?.length && formatChoice === 'prerendered')
    problems.push('your own resources cannot be prerendered: use --format html, or add them to the page after.');
  if (problems.length) throw new RenderError(problems);
  const { url: _url, format: _format, base: _base, ...panel } = options;
  if (formatChoice === 'html') {
    const plain = plainHtml(panel);
    if (plain.problems.length) throw new RenderError(plain.problems);
    return plain.html;
  }
  if (printed) {
    // A document of its own: its title is its first heading.
    const { doc, problems: refused } = plainView({ ...panel, headingLevel: panel.headingLevel ?? 1 });
    if (refused.length) throw new RenderError(refused);
    return formatChoice === 'text'
      ? textDocument(doc, { url })
      : handoutDocument(doc, { url, stylesheet: { css: ASSETS['handout.css'] } });
  }
  // The element checks every option as it would on a page. The accent is checked in the browser only,
  // where the element can ask it for its colour.
  problems.push(...view(options).problems);
  if (problems.length) throw new RenderError(problems);

  const tag = TAGS[kind];
  const base = options.base ?? DEFAULT_BASE;
  const folder = base.endsWith('/') ? base : `${base}/`;
  const hashes = await integrity();
  /** A pinned file's address, with its hash from dist/integrity.json for Subresource Integrity. */
  const pinned = (attribute: string, file: string) =>
    `${attribute}="${escape(folder + file)}"${hashes[file] ? ` integrity="${hashes[file]}" crossorigin="anonymous"` : ''}`;
  const stylesheet = `<link rel="stylesheet" ${pinned('href', `partnership-panel-${VERSION}.css`)}>`;
  const element = `<${tag}${attributeText(attributesOf(options))}></${tag}>`;
  const out = await collectResult(render(html`${unsafeHTML(element)}`));
  // The card's styles as the stylesheet file beside the bundle: a strict CSP blocks an inline <style>.
  // (Replaced by functions: a `$` in a value must not be read as a replacement pattern.)
  const card = elementOnly(out, tag)
    .replace(/^<([a-z-]+)\s+/, (_, name: string) => `<${name} `)
    .replace(/<style>[\s\S]*?<\/style>/, () => stylesheet);
  // An add-on language's script comes first, so that the element has its text when it takes over.
  const key = options.lang ? languageKey(options.lang) : undefined;
  const addOn =
    key && addOnLanguages.includes(key) ? `<script ${pinned('src', `lang/${key}-${VERSION}.js`)}></script>\n` : '';
  // The script with Lit's hydration support (dist/partnership-panel-prerendered.js): it keeps the card.
  // Not deferred: the card's links come alive right after it, not once the whole page is parsed, and
  // with many cards on a page, taking them all over does not join the page's first layout in one long
  // task (measured: 52 ms with defer, 42 ms without, 50 panels). A card parsed after the script has run
  // is rendered again instead (its element is connected before its shadow root is parsed).
  return `${card}\n${addOn}<script ${pinned('src', `partnership-panel-prerendered-${VERSION}.js`)}></script>\n`;
}
