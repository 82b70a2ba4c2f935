/**
 * `partnership-panel site` and `import { buildSite } from 'partnership-panel/site'`: a folder to upload to
 * any static host, for the places that take an iframe, a link or a printed sheet but no script or
 * custom element. For each language: the page (index.html for the first, `<lang>.html` for the others),
 * the embed page and oEmbed response that WordPress embeds from a pasted link, the handout to print
 * and its plain text; and, once, the stylesheets and the two small scripts (report-height.js in the
 * pages, resize-frame.js for other sites' pages).
 *
 * Every page renders the document an element shows for the options (src/core/document.ts), through the
 * plain HTML's view of them (src/internal/plain-html.ts): the same checks, and a value an element would
 * refuse is a `RenderError` with the element's own message.
 */
import { TAGS } from './core/attributes.js';
import handoutCss from './site/handout.css?text';
import siteCss from './site/partnership-site.css?text';
import reportHeight from './site/report-height.js?text';
import resizeFrame from './site/resize-frame.js?text';
import { addLanguage, languagesNow } from './core/content.js';
import { addOnContent } from './internal/add-on-content.js';
import { handoutDocument, textDocument } from './internal/handout.js';
import { plainView, type PanelOptions } from './internal/plain-html.js';
import { RenderError } from './internal/render-error.js';
import { checkPageUrl, checkSiteUrl } from './internal/site-url.js';
import {
  embedPage,
  languageName,
  oembedResponse,
  pageUrl,
  sitePage,
  type LanguageFiles,
  type PageContext,
} from './internal/site-pages.js';

export { RenderError, checkPageUrl, checkSiteUrl };

// The add-on languages, which the browser gets as scripts.
for (const content of addOnContent) addLanguage(content);

/** What `buildSite` takes: the elements' attributes, as options (render's), and the folder's address. */
export interface SiteOptions extends PanelOptions {
  /** The https address the folder will be served from (its index.html is this address). */
  url: string;
}

/** The files every folder has as they are (src/site/, built in as text). */
export const ASSETS: Record<string, string> = {
  'partnership-site.css': siteCss,
  'handout.css': handoutCss,
  'report-height.js': reportHeight,
  'resize-frame.js': resizeFrame,
};

/** The files of each language, the first language (the options' `lang`, else English) first. */
export function languageFiles(first: string): LanguageFiles[] {
  const order = [first, ...languagesNow().filter((l) => l !== first)];
  return order.map((lang, i) => ({
    lang,
    name: languageName(lang),
    page: i ? `${lang}.html` : 'index.html',
    embed: i ? `embed-${lang}.html` : 'embed.html',
    oembed: i ? `oembed-${lang}.json` : 'oembed.json',
    handout: i ? `handout-${lang}.html` : 'handout.html',
    text: i ? `handout-${lang}.txt` : 'handout.txt',
  }));
}

/** The site's heading level when none is given: 1, since the panel is the page's own content. */
const PAGE_LEVEL = 1;

/**
 * The folder's files, by name: every language's page, embed page, oEmbed response, handout and text,
 * and the assets. Throws a `RenderError` for a bad address or a value the elements would refuse.
 *
 * `lang` is the first language (index.html; default English); `heading`, the editor's own text, is
 * that language's only, and the other languages keep their own title. Everything else applies to
 * every language.
 */
export function buildSite(options: SiteOptions): Record<string, string> {
  const { url: given, ...panel } = options;
  const { url, problem } = checkSiteUrl(given);
  const problems = problem ? [problem] : [];
  // Checked first: the element's checks need one it knows.
  if (!Object.hasOwn(TAGS, panel.element ?? 'panel'))
    problems.push(`element=${JSON.stringify(panel.element)} is not one of panel, tips, resources.`);
  const level = panel.headingLevel ?? PAGE_LEVEL;
  const first = plainView({ ...panel, headingLevel: level });
  problems.push(...first.problems);
  if (problems.length) throw new RenderError(problems);
  const firstLang = first.doc.lang;
  const languages = languageFiles(firstLang);
  const files: Record<string, string> = {};
  for (const language of languages) {
    const own = language.lang === firstLang;
    const { doc } = own ? first : plainView({ ...panel, headingLevel: level, heading: undefined, lang: language.lang });
    const ctx: PageContext = { url: url!, languages, files: language };
    const address = pageUrl(url!, language.page);
    files[language.page] = sitePage(doc, ctx);
    files[language.embed] = embedPage(doc, ctx);
    files[language.oembed] = `${JSON.stringify(oembedResponse(doc, ctx), null, 2)}\n`;
    files[language.handout] = handoutDocument(doc, { url: address, stylesheet: { href: 'handout.css' } });
    files[language.text] = textDocument(doc, { url: address });
  }
  Object.assign(files, ASSETS);
  return files;
}
