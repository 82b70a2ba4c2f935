/**
 * The configured panel as plain, semantic HTML, as text to copy into a page where no script may run:
 * headings at the chosen level, paragraphs, lists, `tel:` and `https:` links, the source line, date and
 * disclaimer; no script, style, custom element, `class`, `data-` or `aria-` attribute, so that a CMS's
 * sanitizer keeps it whole and the page's own styles apply.
 *
 * It renders the document an element shows (src/core/document.ts) for the same attributes, checked by
 * the same rules (src/core/configure.ts), with every value escaped. It runs in Node (`partnership-panel
 * render`) and in the configurator's page. It imports no Lit: the configurator's page already has the
 * bundle's, and a second Lit cannot make its Trusted Types policy there.
 */
import { ATTRIBUTES, TAGS, type AttributeOptions, type AttributeRule, type ElementName } from '../core/attributes.js';
import { checkResources } from '../core/check-content.js';
import { configure, plainConfiguration, type Configuration } from '../core/configure.js';
import { format, languageContent, type Content, type Resource } from '../core/content.js';
import { documentOf, type HeadingNode, type PanelDocument, type Run } from '../core/document.js';
import { telHref } from '../core/urls.js';

/**
 * The elements' attributes, as options (what `partnership-panel render` takes), by their property names
 * (src/core/attributes.ts), and which element.
 */
export interface PanelOptions extends AttributeOptions {
  /** `panel` (default), `tips` or `resources`. */
  element?: ElementName;
  /** The editor's own resources, as `<partnership-resource>` children take them. */
  resources?: Partial<Record<'name' | 'phone' | 'href' | 'description', string>>[];
}

export { TAGS };

/** The attributes the options stand for, in the order an editor would write them (`true`: present). */
export function attributesOf(options: PanelOptions): [string, string | true][] {
  return (ATTRIBUTES as readonly AttributeRule[])
    .map((a): [string, unknown] => [a.name, (options as Record<string, unknown>)[a.property]])
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => [name, value === true ? true : String(value)]);
}

/** What an element shows for the options, and what it would say of them (each prefixed with its tag). */
export function view(options: PanelOptions): {
  config: Configuration;
  content: Content;
  /** The editor's own resources, checked. */
  own: Resource[];
  problems: string[];
} {
  const element = options.element ?? 'panel';
  const tag = `<${TAGS[element]}>: `;
  const problems: string[] = [];
  const { content, problem } = languageContent(options.lang == null ? undefined : String(options.lang));
  if (problem) problems.push(tag + problem);
  const given = Object.fromEntries(attributesOf(options).map(([name, value]) => [name, value]));
  const configured = configure(element, given, content);
  problems.push(...configured.problems.map((p) => tag + p.message));
  const raw = (options.resources ?? []).map(
    (r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>,
  );
  const own = element === 'tips' ? { content: [], problems: [] } : checkResources(raw, content);
  problems.push(...own.problems.map((p) => tag + p));
  return { config: configured.config, content, own: own.content, problems };
}

/** HTML text: `&`, `<`, `>` and `"` escaped, so a value is text in an element and in a double-quoted attribute. */
export const escape = (value: string) =>
  value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** An element: its attributes (escaped) and its content (already HTML). */
export const el = (tag: string, attributes: Record<string, string | undefined>, ...content: string[]) =>
  `<${tag}${Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escape(value!)}"`)
    .join('')}>${content.join('')}</${tag}>`;

/** A heading, at its level, with its text (plain HTML shows no counts) and its id, for the contents' links. */
const heading = (node: HeadingNode) => el(`h${node.level}`, { id: node.id }, escape(node.text));

/** The contents list ("On this page"): a fragment link to each heading. */
const contents = (doc: PanelDocument) =>
  doc.contents
    ? el(
        'nav',
        {},
        el('p', {}, el('strong', {}, escape(doc.contents.label))),
        el(
          'ul',
          {},
          ...doc.contents.entries.map((e) => el('li', {}, el('a', { href: `#${e.target}` }, escape(e.text)))),
        ),
      )
    : '';

/** Text in another language than the document's, marked with its own. */
const foreign = (doc: PanelDocument, text: string, lang?: string) =>
  lang && lang !== doc.lang ? el('span', { lang }, escape(text)) : escape(text);

/** A line of runs: names in their own language, a phone link named by `title`, a date as its text. */
export const line = (doc: PanelDocument, runs: readonly Run[]) =>
  runs
    .map((run) => {
      if (typeof run === 'string') return escape(run);
      if (run.kind === 'phone')
        return el('a', { href: telHref(run.text), dir: 'ltr', title: run.value }, escape(run.text));
      return run.kind === 'date' ? escape(run.text) : foreign(doc, run.text, run.lang);
    })
    .join('');

function resourceList(doc: PanelDocument, lead = ''): string {
  const { heading: top, items } = doc.resources!;
  const call = doc.labels.call;
  return (
    heading(top) +
    lead +
    el(
      'ul',
      {},
      ...items.map((r) => {
        const name = foreign(doc, r.heading.text, r.heading.lang);
        const phone =
          r.phone &&
          line(doc, [{ text: r.phone, kind: 'phone', value: format(call, { name: r.who, phone: r.phone }) }]);
        return el(
          'li',
          { id: doc.element === 'resources' ? r.heading.id : undefined },
          el('strong', {}, r.href ? el('a', { href: r.href }, name) : name),
          r.description ? ` ${escape(r.description)}` : '',
          phone ? ` ${phone}` : '',
        );
      }),
    )
  );
}

function credit(doc: PanelDocument): string {
  return el('p', {}, line(doc, doc.credit)) + (doc.notice ? el('p', {}, el('em', {}, line(doc, doc.notice))) : '');
}

function tips(doc: PanelDocument): string {
  return doc
    .tips!.groups.map(
      (g) =>
        (g.heading ? heading(g.heading) : '') +
        g.sections
          .map(
            (s) =>
              (s.heading ? heading(s.heading) : '') +
              (s.introduction ? el('p', {}, escape(s.introduction)) : '') +
              el('ul', {}, ...s.tips.slice(0, s.shown).map((tip) => el('li', {}, escape(tip)))),
          )
          .join(''),
    )
    .join('');
}

/** The document as plain HTML. */
export function plainDocument(doc: PanelDocument): string {
  const section = (...html: string[]) => `${el('section', { lang: doc.lang, dir: doc.dir }, ...html)}\n`;
  if (doc.element === 'resources') return section(resourceList(doc, contents(doc)), credit(doc));
  if (doc.element === 'tips') return section(heading(doc.title), contents(doc), tips(doc), credit(doc));
  return section(
    heading(doc.title),
    el('p', {}, el('strong', {}, escape(doc.headline!))),
    ...doc.introduction!.map((p) => el('p', {}, escape(p))),
    contents(doc),
    tips(doc),
    el('p', {}, el('strong', {}, escape(doc.closing!))),
    doc.resources ? resourceList(doc) : '',
    el('p', {}, line(doc, doc.contact!)),
    credit(doc),
    el('p', {}, el('small', {}, escape(doc.disclaimer!))),
  );
}

/**
 * The plain HTML of the element the options describe, and the warnings an element would give for them
 * (empty when every value is valid). How the card looks and behaves is not plain HTML's, but a bad
 * value is still a bad value: every option is checked, except the accent, which only a browser can read.
 */
export function plainHtml(options: PanelOptions = {}): { html: string; problems: string[] } {
  const { doc, problems } = plainView(options);
  return { html: plainDocument(doc), problems };
}

/**
 * The document the plain HTML renders for the options, and the warnings an element would give for them:
 * what the site's pages and the handout render too (src/site.ts, src/internal/handout.ts).
 */
export function plainView(options: PanelOptions = {}): { doc: PanelDocument; problems: string[] } {
  const { accent: _accent, ...checked } = options;
  const { config, content, own, problems } = view(checked);
  return { doc: documentOf(plainConfiguration(config), content, { resources: own }), problems };
}
