/**
 * The configured panel as plain, semantic HTML, as text to copy into a page where no script may run:
 * headings at the chosen level, paragraphs, lists, `tel:` and `https:` links, the source line, date and
 * disclaimer; no script, style, custom element, `class`, `data-` or `aria-` attribute, so that a CMS's
 * sanitizer keeps it whole and the page's own styles apply.
 *
 * It is what an element makes of the same attributes, read from an element made for the purpose (the
 * same checks, warnings, filters and languages), written out as HTML text with every value escaped.
 * It runs in Node (`partnership-panel render`, with the elements defined in @lit-labs/ssr's registry)
 * and in the configurator's page (with the bundle's). It imports no Lit: the configurator's page already
 * has the bundle's, and a second Lit cannot make its Trusted Types policy there.
 */
import { english, format, type Audience, type Content, type Resource, type Section } from './content.js';
import { safeLink, telHref } from './urls.js';

/** The elements' attributes, as options (what `partnership-panel render` takes). */
export interface PanelOptions {
  /** `panel` (default), `tips` or `resources`. */
  element?: 'panel' | 'tips' | 'resources';
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
  variant?: string;
  accent?: string;
  noResources?: boolean;
  noDefaultResources?: boolean;
  /** `fact-sheet` (default) or `local`: the editor's own resources first. */
  resourcesFirst?: string;
  /** The editor's own resources, as `<partnership-resource>` children take them. */
  resources?: Partial<Record<'name' | 'phone' | 'href' | 'description', string>>[];
}

export const TAGS = {
  panel: 'partnership-panel',
  tips: 'partnership-tips',
  resources: 'partnership-resources',
} as const;

/** The attributes the options stand for, in the order an editor would write them. */
export function attributesOf(options: PanelOptions): [string, string | true][] {
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
    ['variant', options.variant],
    ['accent', options.accent],
    ['no-resources', options.noResources],
    ['no-default-resources', options.noDefaultResources],
    ['resources-first', options.resourcesFirst],
  ];
  return list
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => [name, value === true ? true : String(value)]);
}

/** What an element shows for the options. */
interface View {
  content: Content;
  level: number;
  title: string;
  groups: { audience: Audience; sections: Section[] }[];
  limit: number;
  resources: Resource[];
}

/** The element's internals read here (same package: test/node/render.test.mjs renders through them). */
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

/**
 * Makes the element the options describe, from the tag's defined class, and lets it check them: the
 * same rules, defaults and warnings as on a page. Each warning goes into `problems`.
 */
export function view(options: PanelOptions, problems: string[]): View {
  const tag = TAGS[options.element ?? 'panel'];
  const Element = customElements.get(tag) as unknown as { new (): Internals; elementProperties: Map<string, unknown> };
  const element = new Element();
  const warn = console.warn;
  console.warn = (...message: unknown[]) => void problems.push(message.map(String).join(' '));
  try {
    // As a page's parser does: the attribute, then the element's attribute callback.
    for (const [name, value] of attributesOf(options)) {
      element.setAttribute(name, value === true ? '' : value);
      element.attributeChangedCallback(name, null, value === true ? '' : value);
    }
    element.willUpdate(new Map([...Element.elementProperties.keys()].map((key) => [key as string, undefined])));
    element._editorResources?.take(
      (options.resources ?? []).map(
        (r) =>
          Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== '')) as Record<
            string,
            string
          >,
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

/** HTML text: `&`, `<`, `>` and `"` escaped, so a value is text in an element and in a double-quoted attribute. */
export const escape = (value: string) =>
  value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** An element: its attributes (escaped) and its content (already HTML). */
const el = (tag: string, attributes: Record<string, string | undefined>, ...content: string[]) =>
  `<${tag}${Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escape(value!)}"`)
    .join('')}>${content.join('')}</${tag}>`;

/** Text in another language than the content's, marked with its own. */
const foreign = (content: Content, text: string, lang?: string) =>
  lang && lang !== content.lang ? el('span', { lang }, escape(text)) : escape(text);

/** A label with `{placeholders}` filled by HTML; the label's own text escaped. */
const fill = (label: string, values: Record<string, string>) =>
  label
    .split(/(\{\w+\})/)
    .map((piece) => {
      const key = /^\{(\w+)\}$/.exec(piece)?.[1];
      return key && Object.hasOwn(values, key) ? values[key] : escape(piece);
    })
    .join('');

const heading = (level: number, html: string) => el(`h${Math.min(level, 6)}`, {}, html);

const phoneLink = (content: Content, who: string, phone: string) =>
  el(
    'a',
    { href: telHref(phone), dir: 'ltr', title: format(content.labels.call, { name: who, phone }) },
    escape(phone),
  );

function resourceList(v: View, level: number, title: string): string {
  const { content } = v;
  const items = v.resources.map((r) => {
    const href = safeLink(r.href);
    const name = foreign(content, r.name, r.nameLang);
    return el(
      'li',
      {},
      el('strong', {}, href ? el('a', { href }, name) : name),
      r.description ? ` ${escape(r.description)}` : '',
      r.phone ? ` ${phoneLink(content, r.shortName ?? r.name, r.phone)}` : '',
    );
  });
  return heading(level, escape(title)) + el('ul', {}, ...items);
}

function credit(content: Content): string {
  const { publisher, published } = content;
  const title = foreign(content, english.title, english.lang);
  const source = fill(content.labels.source, {
    publisher: foreign(content, publisher.name, publisher.nameLang),
    title,
  });
  const notice = content.labels.translationNotice;
  return (
    el('p', {}, `${source}. ${escape(published.label)}.`) +
    (notice ? el('p', {}, el('em', {}, fill(notice, { title }))) : '')
  );
}

function tips(v: View, level: number): string {
  return v.groups
    .map(({ audience, sections }) => {
      const single = audience.sections.length === 1;
      return (
        heading(level, escape(audience.heading)) +
        sections
          .map(
            (s) =>
              (single ? '' : heading(level + 1, escape(s.heading))) +
              (s.introduction ? el('p', {}, escape(s.introduction)) : '') +
              el('ul', {}, ...s.tips.slice(0, v.limit).map((tip) => el('li', {}, escape(tip)))),
          )
          .join('')
      );
    })
    .join('');
}

/**
 * The plain HTML of the element the options describe, and the warnings an element would give for them
 * (empty when every value is valid).
 */
export function plainHtml(options: PanelOptions = {}): { html: string; problems: string[] } {
  const problems: string[] = [];
  // Every option is checked as the element would (how the card looks and behaves is not plain HTML's,
  // but a bad value is still a bad value), except the accent: an element checks a colour by asking the
  // page for it, which an element made outside the page cannot.
  const { accent: _accent, ...checked } = options;
  const v = view(checked, problems);
  const { content, level } = v;
  const section = (...html: string[]) =>
    `${el('section', { lang: content.lang, dir: content.dir ?? 'ltr' }, ...html)}\n`;
  const tag = TAGS[options.element ?? 'panel'];
  if (tag === 'partnership-resources')
    return { html: section(resourceList(v, level, v.title), credit(content)), problems };
  if (tag === 'partnership-tips')
    return { html: section(heading(level, escape(v.title)), tips(v, level + 1), credit(content)), problems };
  return {
    html: section(
      heading(level, escape(v.title)),
      el('p', {}, el('strong', {}, escape(content.headline))),
      ...content.introduction.map((p) => el('p', {}, escape(p))),
      tips(v, level + 1),
      el('p', {}, el('strong', {}, escape(content.closing))),
      v.resources.length ? resourceList(v, level + 1, content.resources.heading) : '',
      el(
        'p',
        {},
        `${escape(content.publisher.contact)} ${phoneLink(content, content.publisher.name, content.publisher.phone)}`,
      ),
      credit(content),
      el('p', {}, el('small', {}, escape(content.disclaimer))),
    ),
    problems,
  };
}
