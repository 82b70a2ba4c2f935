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
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import './define.js';
import { addOnContent } from './internal/add-on-content.js';
import { addLanguage, english, format, type Audience, type Content, type Resource } from './internal/content.js';
import { fill, foreign, telHref } from './internal/templates.js';
import { safeLink } from './internal/urls.js';
import { VERSION } from './internal/version.js';

/** What `renderPanel` takes: the elements' attributes, as options. */
export interface RenderOptions {
  /** `panel` (default), `tips` or `resources`. */
  element?: 'panel' | 'tips' | 'resources';
  /** `html` (default): plain HTML, no script; `prerendered`: the element with its card, and the script. */
  format?: 'html' | 'prerendered';
  audience?: string;
  sections?: string;
  lang?: string;
  heading?: string;
  headingLevel?: string | number;
  limit?: string | number;
  layout?: string;
  open?: boolean;
  tipOfTheDay?: boolean;
  theme?: string;
  accent?: string;
  noResources?: boolean;
  noDefaultResources?: boolean;
  /** The editor's own resources, as `<partnership-resource>` children take them. */
  resources?: Partial<Record<'name' | 'phone' | 'href' | 'description', string>>[];
  /** Where the bundle and its stylesheet are (prerendered): a folder URL. Default: the CDN's, pinned. */
  base?: string;
}

/** A value the elements would refuse: the message is the element's own warning. */
export class RenderError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'RenderError';
  }
}

const TAGS = { panel: 'partnership-panel', tips: 'partnership-tips', resources: 'partnership-resources' } as const;
const FORMATS = ['html', 'prerendered'];
const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
export const DEFAULT_BASE = `https://cdn.jsdelivr.net/npm/partnership-panel@${VERSION}/dist/`;

// The add-on languages, which the browser gets as scripts.
for (const content of addOnContent) addLanguage(content);

/** The attributes the options stand for, in the order an editor would write them. */
function attributesOf(options: RenderOptions): [string, string | true][] {
  const list: [string, string | number | boolean | undefined][] = [
    ['lang', options.lang],
    ['audience', options.audience],
    ['sections', options.sections],
    ['layout', options.layout],
    ['open', options.open],
    ['limit', options.limit],
    ['tip-of-the-day', options.tipOfTheDay],
    ['heading', options.heading],
    ['heading-level', options.headingLevel],
    ['theme', options.theme],
    ['accent', options.accent],
    ['no-resources', options.noResources],
    ['no-default-resources', options.noDefaultResources],
  ];
  return list
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => [name, value === true ? true : String(value)]);
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attributeText = (attributes: [string, string | true][]) =>
  attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');

/** What an element makes of the options, read from an element made for the purpose (its checks warn). */
interface View {
  content: Content;
  level: number;
  title: string;
  groups: { audience: Audience; sections: Content['audiences'][number]['sections'] }[];
  limit: number;
  resources: Resource[];
}

/**
 * Makes the element the options describe and lets it check them: the same rules, defaults and
 * warnings as on a page. The internals read here are the elements' own (same package, tested by
 * test/node/render.test.mjs).
 */
function view(tag: string, options: RenderOptions, problems: string[]): View {
  type Internals = HTMLElement & {
    willUpdate(changed: Map<string, unknown>): void;
    attributeChangedCallback(name: string, old: string | null, value: string | null): void;
    _content: Content;
    _level: number;
    _limitChoice?: number;
    _shown?(): View['groups'];
    _headingText(fallback: string): string;
    _editorResources?: {
      take(raw: Record<string, string>[]): void;
      list(c: Content, withDefaults: boolean): Resource[];
    };
    noResources?: boolean;
    noDefaultResources?: boolean;
  };
  const Element = customElements.get(tag) as unknown as { new (): Internals; elementProperties: Map<string, unknown> };
  const element = new Element();
  const warn = console.warn;
  console.warn = (...message: unknown[]) => void problems.push(message.map(String).join(' '));
  try {
    // As the browser's parser does: the attribute, then the element's attribute callback.
    for (const [name, value] of attributesOf(options)) {
      element.setAttribute(name, value === true ? '' : value);
      element.attributeChangedCallback(name, null, value === true ? '' : value);
    }
    element.willUpdate(new Map([...Element.elementProperties.keys()].map((key) => [key as string, undefined])));
    element._editorResources?.take(
      (options.resources ?? []).map(
        (r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Record<string, string>,
      ),
    );
  } finally {
    console.warn = warn;
  }
  const content = element._content;
  const defaultTitle =
    tag === 'partnership-tips'
      ? content.labels.tipsHeading
      : tag === 'partnership-resources'
        ? content.resources.heading
        : content.title;
  return {
    content,
    level: element._level,
    title: element._headingText(defaultTitle),
    groups: element._shown?.() ?? [],
    limit: element._limitChoice ?? Infinity,
    resources: element.noResources ? [] : (element._editorResources?.list(content, !element.noDefaultResources) ?? []),
  };
}

const heading = (level: number, text: unknown) =>
  staticHtml`<${HEADINGS[Math.min(level, 6) - 1]}>${text}</${HEADINGS[Math.min(level, 6) - 1]}>`;

const phoneLink = (content: Content, who: string, phone: string) =>
  html`<a href=${telHref(phone)} title=${format(content.labels.call, { name: who, phone })}>${phone}</a>`;

function plainResources(v: View, level: number, title: string): TemplateResult {
  const { content } = v;
  return html`${heading(level, title)}
    <ul>
      ${v.resources.map((r) => {
        const href = safeLink(r.href);
        const name = foreign(content, r.name, r.nameLang);
        return html`<li>
          <strong>${href ? html`<a href=${href}>${name}</a>` : name}</strong>${r.description ? html` ${r.description}` : nothing}${
            r.phone ? html` ${phoneLink(content, r.shortName ?? r.name, r.phone)}` : nothing
          }
        </li>`;
      })}
    </ul>`;
}

function plainCredit(content: Content): TemplateResult {
  const { publisher, published } = content;
  const credit = fill(content.labels.source, {
    publisher: foreign(content, publisher.name, publisher.nameLang),
    title: foreign(content, english.title, english.lang),
  });
  const notice = content.labels.translationNotice;
  return html`<p>${credit}. ${published.label}.</p>
    ${notice ? html`<p><em>${fill(notice, { title: foreign(content, english.title, english.lang) })}</em></p>` : nothing}`;
}

function plainTips(v: View, level: number): TemplateResult {
  return html`${v.groups.map(({ audience, sections }) => {
    const single = audience.sections.length === 1;
    return html`${heading(level, audience.heading)}
    ${sections.map(
      (s) => html`${single ? nothing : heading(level + 1, s.heading)}
        ${s.introduction ? html`<p>${s.introduction}</p>` : nothing}
        <ul>
          ${s.tips.slice(0, v.limit).map((tip) => html`<li>${tip}</li>`)}
        </ul>`,
    )}`;
  })}`;
}

/** The plain HTML of each element. */
function plain(tag: string, v: View): TemplateResult {
  const { content, level } = v;
  const inner = level + 1;
  if (tag === 'partnership-resources')
    return html`<section lang=${content.lang} dir=${content.dir ?? 'ltr'}>
      ${plainResources(v, level, v.title)} ${plainCredit(content)}
    </section>`;
  if (tag === 'partnership-tips')
    return html`<section lang=${content.lang} dir=${content.dir ?? 'ltr'}>
      ${heading(level, v.title)} ${plainTips(v, inner)} ${plainCredit(content)}
    </section>`;
  return html`<section lang=${content.lang} dir=${content.dir ?? 'ltr'}>
    ${heading(level, v.title)}
    <p><strong>${content.headline}</strong></p>
    ${content.introduction.map((p) => html`<p>${p}</p>`)} ${plainTips(v, inner)}
    <p><strong>${content.closing}</strong></p>
    ${v.resources.length ? plainResources(v, inner, content.resources.heading) : nothing}
    <p>${content.publisher.contact} ${phoneLink(content, content.publisher.name, content.publisher.phone)}</p>
    ${plainCredit(content)}
    <p><small>${content.disclaimer}</small></p>
  </section>`;
}

/** dist/integrity.json, next to the library build; none when it is missing (a build without it). */
async function integrity(): Promise<Record<string, string>> {
  try {
    const json = await import(new URL('../integrity.json', import.meta.url).href, { with: { type: 'json' } });
    return json.default as Record<string, string>;
  } catch {
    return {};
  }
}

/** Lit's server output without its hydration markers (comments that a plain page has no use for). */
const withoutMarkers = (out: string) => out.replace(/<!--\/?lit-(part|node)[^>]*-->|<\?>/g, '');

/** Tidies the white space the templates' layout left between tags. */
const tidy = (out: string) =>
  out
    .replace(/>\s+</g, '><')
    .replace(/\s{2,}/g, ' ')
    .trim();

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
    problems.push(`format=${JSON.stringify(formatChoice)} is not one of html, prerendered.`);
  if (problems.length) throw new RenderError(problems);
  const tag = TAGS[kind];
  const v = view(tag, options, problems);
  if (problems.length) throw new RenderError(problems);
  if (formatChoice === 'html') return `${tidy(withoutMarkers(await collectResult(render(plain(tag, v)))))}\n`;

  const base = options.base ?? DEFAULT_BASE;
  const folder = base.endsWith('/') ? base : `${base}/`;
  const hashes = await integrity();
  /** A pinned file's address, with its hash from dist/integrity.json for Subresource Integrity. */
  const pinned = (attribute: string, file: string) =>
    `${attribute}="${escapeAttribute(folder + file)}"${hashes[file] ? ` integrity="${hashes[file]}" crossorigin="anonymous"` : ''}`;
  const stylesheet = `<link rel="stylesheet" ${pinned('href', `partnership-panel-${VERSION}.css`)}>`;
  const children = (options.resources ?? [])
    .map(
      (r) =>
        `<partnership-resource${attributeText(Object.entries(r).filter(([, value]) => value) as [string, string][])}></partnership-resource>`,
    )
    .join('');
  const element = `<${tag}${attributeText(attributesOf(options))}></${tag}>`;
  const out = await collectResult(render(html`${unsafeHTML(element)}`));
  // The card's styles as the stylesheet file beside the bundle: a strict CSP blocks an inline <style>.
  const card = withoutMarkers(out)
    .replace(/^<([a-z-]+)\s+/, '<$1 ')
    .replace(/<style>[\s\S]*?<\/style>/, stylesheet)
    .replace(`</${tag}>`, `${children}</${tag}>`);
  return `${card}\n<script ${pinned('src', `partnership-panel-${VERSION}.js`)}></script>\n`;
}
