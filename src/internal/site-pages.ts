/**
 * The pages of `partnership-panel site`, one language each, rendered from the document an element
 * shows (src/core/document.ts):
 *
 * - the page: a whole document with the panel as plain HTML (src/internal/plain-html.ts), its styles from
 *   a file beside it, and no script needed to read it; `report-height.js` tells a parent that frames it
 *   how tall it is, in WordPress's embed protocol;
 * - the embed page, which the oEmbed response frames: the title, headline and summary, and the contents
 *   with their tip counts, short enough for WordPress's 1000 px, with the page one click away;
 * - the oEmbed response (a `rich` 1.0 JSON), whose `html` is a link and the iframe of the embed page, in
 *   the shape WordPress's own embeds have, so that WordPress loads its resizing script for it.
 */
import type { PanelDocument } from '../core/document.js';
import { telHref } from '../core/urls.js';
import { el, escape, line, plainDocument } from './plain-html.js';

/** The files of one language, by what they are. */
export interface LanguageFiles {
  lang: string;
  /** The language's name in itself ("Español"), for the links between the languages. */
  name: string;
  page: string;
  embed: string;
  oembed: string;
  handout: string;
  text: string;
}

export interface PageContext {
  /** The folder's https address, ending in `/`. */
  url: string;
  /** Every language's files, the first language's first. */
  languages: readonly LanguageFiles[];
  /** This page's. */
  files: LanguageFiles;
}

/** The page's own address: the folder itself for index.html. */
export const pageUrl = (url: string, file: string) => (file === 'index.html' ? url : new URL(file, url).href);

/**
 * The iframe for a page that takes one (SharePoint's Embed web part, Canvas, Google Sites, Wix,
 * Squarespace): the page at the folder's address, full width, and resize-frame.js after it, which sizes
 * the frame to the page where the site lets a script run; where it does not, the frame keeps `height`
 * and scrolls.
 */
export function iframeSnippet(url: string, title: string, height = 900): string {
  return (
    `<iframe src="${escape(url)}" title="${escape(title)}" width="100%" height="${height}" frameborder="0" loading="lazy"></iframe>\n` +
    `<script src="${escape(new URL('resize-frame.js', url).href)}" async></script>\n`
  );
}

/** The width and first height of the embed's iframe; the embed page then tells its parent its height. */
export const EMBED_SIZE = { width: 600, height: 640 };

/** A language's name in itself, with a capital where its script has them ("Español", "中文"). */
export function languageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** The description for search results and link previews: the headline, else the title. */
const description = (doc: PanelDocument) => doc.headline ?? doc.title.text;

/** Open Graph's locale: language_TERRITORY, with the territory the language most likely has. */
const ogLocale = (lang: string) => {
  const { language, region } = new Intl.Locale(lang).maximize();
  return region ? `${language}_${region}` : language;
};

const meta = (attributes: Record<string, string>) =>
  `<meta${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('')}>`;
const link = (attributes: Record<string, string>) =>
  `<link${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('')}>`;

/** The head both pages share: the language's title, description, canonical address, previews, styles, script. */
function head(doc: PanelDocument, ctx: PageContext): string {
  const { url, languages, files } = ctx;
  const canonical = pageUrl(url, files.page);
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(doc.title.text)}</title>`,
    meta({ name: 'description', content: description(doc) }),
    link({ rel: 'canonical', href: canonical }),
    ...languages.map((l) => link({ rel: 'alternate', hreflang: l.lang, href: pageUrl(url, l.page) })),
    link({ rel: 'alternate', hreflang: 'x-default', href: pageUrl(url, languages[0].page) }),
    link({
      rel: 'alternate',
      type: 'application/json+oembed',
      href: pageUrl(url, files.oembed),
      title: doc.title.text,
    }),
    meta({ property: 'og:type', content: 'website' }),
    meta({ property: 'og:title', content: doc.title.text }),
    meta({ property: 'og:description', content: description(doc) }),
    meta({ property: 'og:url', content: canonical }),
    meta({ property: 'og:locale', content: ogLocale(doc.lang) }),
    ...languages
      .filter((l) => l.lang !== doc.lang)
      .map((l) => meta({ property: 'og:locale:alternate', content: ogLocale(l.lang) })),
    meta({ name: 'twitter:card', content: 'summary' }),
    link({ rel: 'stylesheet', href: 'partnership-site.css' }),
    '<script src="report-height.js" defer></script>',
  ]
    .map((line) => `${line}\n`)
    .join('');
}

/** The links between the languages, each in its own language; the page's own is the current one. */
function languageLinks(ctx: PageContext): string {
  return el(
    'nav',
    { class: 'languages' },
    el(
      'ul',
      {},
      ...ctx.languages.map((l) =>
        el(
          'li',
          {},
          l.lang === ctx.files.lang
            ? el('a', { href: l.page, lang: l.lang, hreflang: l.lang, 'aria-current': 'page' }, escape(l.name))
            : el('a', { href: l.page, lang: l.lang, hreflang: l.lang }, escape(l.name)),
        ),
      ),
    ),
  );
}

const documentOpen = (doc: PanelDocument, kind: string) =>
  `<!doctype html>\n<html lang="${escape(doc.lang)}" dir="${doc.dir}" class="${kind}">\n<head>\n`;

/** The page: the panel as plain HTML, whole, under the links between the languages. */
export function sitePage(doc: PanelDocument, ctx: PageContext): string {
  return `${documentOpen(doc, 'page')}${head(doc, ctx)}</head>
<body>
${ctx.languages.length > 1 ? `${languageLinks(ctx)}\n` : ''}<main>
${plainDocument(doc)}</main>
</body>
</html>
`;
}

/**
 * The embed page: the title, headline and summary, the contents with each section's tip count and the
 * resources' phone numbers, and "Show all tips", which opens the page in a new tab (in WordPress's
 * sandbox, which opens none, report-height.js asks WordPress to open it).
 */
export function embedPage(doc: PanelDocument, ctx: PageContext): string {
  const item = (text: string, count?: string) =>
    el('li', {}, escape(text), count ? ` ${el('span', { class: 'count' }, escape(count))}` : '');
  const contents = (doc.tips?.groups ?? []).map((g) => {
    const sections = g.sections.filter((s) => s.heading).map((s) => item(s.heading!.text, s.heading!.count));
    const name = g.heading
      ? [escape(g.heading.text), g.heading.count ? ` ${el('span', { class: 'count' }, escape(g.heading.count))}` : '']
      : [];
    return g.heading ? el('li', {}, ...name, sections.length ? el('ul', {}, ...sections) : '') : sections.join('');
  });
  const phones = (doc.resources?.items ?? [])
    .filter((r) => r.phone)
    .map((r) =>
      el(
        'li',
        {},
        r.heading.lang && r.heading.lang !== doc.lang
          ? el('span', { lang: r.heading.lang }, escape(r.who))
          : escape(r.who),
        ' ',
        el('a', { href: telHref(r.phone!), dir: 'ltr' }, escape(r.phone!)),
      ),
    );
  const title = doc.title;
  const body = [
    el(`h${title.level}`, {}, escape(title.text)),
    doc.headline ? el('p', { class: 'headline' }, escape(doc.headline)) : '',
    doc.summary ? el('p', {}, escape(doc.summary)) : '',
    contents.length ? el('ul', { class: 'contents' }, ...contents) : '',
    doc.resources && phones.length
      ? el('p', { class: 'resources' }, escape(doc.resources.heading.text)) + el('ul', { class: 'phones' }, ...phones)
      : '',
    el(
      'p',
      { class: 'more' },
      el('a', { href: ctx.files.page, target: '_blank', rel: 'noopener' }, escape(doc.labels.showAll)),
    ),
    el('p', { class: 'credit' }, line(doc, doc.credit)),
  ].join('\n');
  // Its canonical address is the page's: it is a part of it.
  return `${documentOpen(doc, 'embed')}${head(doc, ctx)}</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The oEmbed response: a `rich` 1.0 JSON whose `html` is a link to the page and the embed page's iframe. */
export function oembedResponse(doc: PanelDocument, ctx: PageContext) {
  const page = pageUrl(ctx.url, ctx.files.page);
  const embed = pageUrl(ctx.url, ctx.files.embed);
  const { width, height } = EMBED_SIZE;
  // Only what WordPress keeps of a discovered provider's HTML (wp_filter_oembed_result: a blockquote
  // with a link, and the iframe's src, width, height, frameborder, marginwidth, marginheight, scrolling
  // and title); the blockquote is what makes WordPress load wp-embed.js, which resizes the iframe.
  const html =
    `<blockquote><a href="${escape(page)}">${escape(doc.title.text)}</a></blockquote>` +
    `<iframe src="${escape(embed)}" width="${width}" height="${height}" title="${escape(doc.title.text)}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title: doc.title.text,
    provider_name: new URL(ctx.url).host,
    provider_url: ctx.url,
    html,
    width,
    height,
    cache_age: 86400,
  };
}
