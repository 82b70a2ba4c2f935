/**
 * From a configuration and its content to the document's structure: its headings with their levels
 * and ids, its sections with the tips shown and held back, its resources and its credit. No DOM, no
 * markup: the elements' templates, the plain HTML and the prerendered snippet each render this.
 *
 * Ids: a section keeps its content id (`build-trust`, which a page may link to); every id the
 * document makes for itself has a `_` in it (`_title`, `build-trust_tips`), which no content id can
 * have (a-z, 0-9 and -): no content can give two nodes one id.
 */
import type { ElementName } from './attributes.js';
import { shownGroups, type Configuration } from './configure.js';
import { english, format, introduction, plural, type AudienceId, type Content, type Resource } from './content.js';
import { safeLink } from './urls.js';

/** Heading levels stop at 6, as HTML's do. */
export const deeper = (level: number, by = 1) => Math.min(level + by, 6);

export type HeadingKind = 'title' | 'audience' | 'section' | 'resources' | 'today' | 'resource-name';

export interface HeadingNode {
  kind: HeadingKind;
  level: number;
  /**
   * How far below the element's top heading it is, by level (0 for the top heading): headings of one
   * level look alike, whatever they head, in every layout.
   */
  rank: number;
  id: string;
  text: string;
  /** How many tips the section under it holds ("10 tips"). */
  count?: string;
  /** The text's language, where it is not the content's. */
  lang?: string;
  /** A contents entry leads to it. */
  target?: boolean;
}

export interface SectionNode {
  id: string;
  /** Its own heading; null where its audience's heading names it (one section, in the list layout). */
  heading: HeadingNode | null;
  /** The id of the heading that names the section. */
  namedBy: string;
  introduction?: string;
  tips: readonly string[];
  /** How many tips show before "Show N more tips"; all of them when none are held back. */
  shown: number;
  /** "Show N more tips", where tips are held back. */
  showMore?: string;
  bodyId: string;
  tipsId: string;
}

export interface GroupNode {
  audience: AudienceId;
  heading: HeadingNode;
  lead?: string;
  sections: SectionNode[];
}

/** An entry of the contents list: the heading it brings into view, its text, and how many tips are under it. */
export interface ContentsEntry {
  target: string;
  text: string;
  count?: string;
}

export interface TipsNode {
  layout: Configuration['layout'];
  /** Sections are disclosures (accordion, compact). */
  accordion: boolean;
  open: boolean;
  groups: GroupNode[];
  /** The id of the block of every section (what "Show all tips" shows). */
  allId: string;
  /** With tip-of-the-day: the one tip, and whose it is ("Professionals could:"). */
  today?: { heading: HeadingNode; lead?: string; tip: string };
}

export interface ResourceNode {
  heading: HeadingNode;
  /** Who a call reaches, for a phone link's name. */
  who: string;
  description?: string;
  phone?: string;
  /** The call button's text: "Call 541-359-4210". */
  call?: Run[];
  /** The link, when it is one the panel may render. */
  href?: string;
}

/**
 * A piece of a line of text: text, or text with more to it: a name in its own language (`lang`), a
 * number that reads left to right in any text (`dir`), a date (`value` is its machine-readable form)
 * or a phone link (`value` is its accessible name).
 */
export type Run = string | { text: string; lang?: string; dir?: 'ltr'; kind?: 'date' | 'phone'; value?: string };

export interface PanelDocument {
  element: ElementName;
  config: Configuration;
  lang: string;
  dir: 'ltr' | 'rtl';
  title: HeadingNode;
  /** The panel's: headline, the introduction's first sentence and the rest, closing line. */
  headline?: string;
  /** The introduction's paragraphs, whole; then its first sentence, and the rest. */
  introduction?: readonly string[];
  summary?: string;
  more?: string[];
  closing?: string;
  /** "On this page": each shown section, and the resources, above the sections. */
  contents?: { label: string; entries: ContentsEntry[] };
  tips?: TipsNode;
  resources?: { heading: HeadingNode; items: ResourceNode[] };
  /** The publisher's contact line with its phone number (the panel's). */
  contact?: Run[];
  /** "Source: … “Building Winning Partnerships”. Published July 2025." */
  credit: Run[];
  /** A translation's notice: "Unofficial translation of “Building Winning Partnerships” (in English)". */
  notice?: Run[];
  disclaimer?: string;
  labels: Content['labels'];
}

/** A label with its `{placeholders}` filled by runs; unknown placeholders stay as written. */
export function fill(label: string, values: Record<string, Run | Run[]>): Run[] {
  return label
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .flatMap((piece) => {
      const key = /^\{(\w+)\}$/.exec(piece)?.[1];
      return key && Object.hasOwn(values, key) ? values[key] : piece;
    });
}

/** Text in another language than the content's carries its own. */
const foreign = (content: Content, text: string, lang: string | undefined): Run =>
  lang && lang !== content.lang ? { text, lang } : text;

/** The day number of a calendar day in the reader's own time zone: the same for everyone that day. */
export const dayNumber = (date: Date) =>
  Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);

/**
 * A short digest of a document (two 32-bit string hashes, of its JSON): two documents with the same
 * digest are, in practice, the same. A server writes it on the card it renders, so that the element in
 * the browser can tell whether it would render that same card (src/internal/partnership-element.ts).
 */
export function digest(doc: PanelDocument): string {
  const json = JSON.stringify(doc);
  let a = 5381;
  let b = 52711;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a, 33) ^ c;
    b = Math.imul(b, 31) ^ c;
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/** The heading an element shows when the editor gave none. */
function defaultTitle(element: ElementName, content: Content): string {
  if (element === 'tips') return content.labels.tipsHeading;
  if (element === 'resources') return content.resources.heading;
  return content.title;
}

function tipsNode(config: Configuration, content: Content, level: number, day: number): TipsNode {
  const accordion = config.layout === 'accordion' || config.layout === 'compact';
  const rank = (at: number) => at - config.headingLevel;
  const count = (n: number) => plural(content, 'tipCount', n);
  const groups = shownGroups(config, content).map(({ audience, sections }): GroupNode => {
    // An audience with one section already says what the section is: in the list, one heading, which
    // counts the section's tips. In a box (a disclosure, a card) the section has its own heading, under
    // its audience's, so that the families' group reads as a group, as the professionals' does.
    const single = audience.sections.length === 1 && config.layout === 'list';
    const groupHeading: HeadingNode = {
      kind: 'audience',
      level,
      rank: rank(level),
      id: `_${audience.id}_heading`,
      text: audience.heading,
      count: single ? count(sections[0].tips.length) : undefined,
    };
    const sectionLevel = deeper(level);
    return {
      audience: audience.id,
      heading: groupHeading,
      lead: audience.lead,
      sections: sections.map((s): SectionNode => {
        const held = s.tips.length - config.limit;
        const heading: HeadingNode | null = single
          ? null
          : {
              kind: 'section',
              level: sectionLevel,
              rank: rank(sectionLevel),
              id: `${s.id}_heading`,
              text: s.heading,
              count: count(s.tips.length),
            };
        return {
          id: s.id,
          heading,
          namedBy: heading?.id ?? groupHeading.id,
          introduction: s.introduction,
          tips: s.tips,
          shown: held > 0 ? config.limit : s.tips.length,
          showMore: held > 0 ? plural(content, 'showMore', held) : undefined,
          bodyId: `${s.id}_body`,
          tipsId: `${s.id}_tips`,
        };
      }),
    };
  });
  const node: TipsNode = { layout: config.layout, accordion, open: config.open, groups, allId: '_all-tips' };
  if (config.tipOfTheDay) {
    const tips = groups.flatMap((g) => g.sections.flatMap((s) => s.tips.map((tip) => ({ tip, lead: g.lead }))));
    const today = tips[((day % tips.length) + tips.length) % tips.length];
    node.today = {
      heading: { kind: 'today', level, rank: rank(level), id: '_today', text: content.labels.tipOfTheDay },
      lead: today.lead,
      tip: today.tip,
    };
  }
  return node;
}

/**
 * The contents list: each shown section (by the heading that names it, with its count), then the
 * resources; in the resources element, each resource. None when there is one entry or fewer, or with
 * the tip of the day, whose sections are folded away.
 */
function contentsOf(doc: PanelDocument): PanelDocument['contents'] {
  if (doc.config.noContents || doc.tips?.today) return undefined;
  const headings = (doc.tips?.groups ?? []).flatMap((g) => g.sections.map((s) => s.heading ?? g.heading));
  if (doc.resources)
    headings.push(
      ...(doc.element === 'resources' ? doc.resources.items.map((r) => r.heading) : [doc.resources.heading]),
    );
  if (headings.length < 2) return undefined;
  // The list is shown: its targets can take the focus.
  for (const h of headings) h.target = true;
  return {
    label: doc.labels.contents,
    entries: headings.map((h): ContentsEntry => ({ target: h.id, text: h.text, count: h.count })),
  };
}

/** The resources to list: the content's own unless left out, and the editor's, after them or first. */
function resourceList(config: Configuration, content: Content, own: readonly Resource[]): Resource[] {
  const sheet = config.noDefaultResources ? [] : content.resources.items;
  return config.resourcesFirst === 'local' ? [...own, ...sheet] : [...sheet, ...own];
}

export interface DocumentOptions {
  /** The editor's own resources, checked (`<partnership-resource>` children, or render's options). */
  resources?: readonly Resource[];
  /** The day number (dayNumber(new Date())) that picks the tip of the day. */
  day?: number;
}

/** The document an element shows for a configuration and its content. */
export function documentOf(
  config: Configuration,
  content: Content,
  { resources = [], day = 0 }: DocumentOptions = {},
): PanelDocument {
  const { element, headingLevel: level } = config;
  const inner = deeper(level);
  const title: HeadingNode = {
    kind: 'title',
    level,
    rank: 0,
    id: '_title',
    text: config.heading || defaultTitle(element, content),
  };
  const { publisher, published, labels } = content;
  const englishTitle = foreign(content, english.title, english.lang);
  const doc: PanelDocument = {
    element,
    config,
    lang: content.lang,
    dir: content.dir === 'rtl' ? 'rtl' : 'ltr',
    title,
    labels,
    credit: fill(labels.credit, {
      source: fill(labels.source, {
        publisher: foreign(content, publisher.name, publisher.nameLang),
        title: englishTitle,
      }),
      published: { text: published.label, kind: 'date', value: published.date },
    }),
    notice: labels.translationNotice ? fill(labels.translationNotice, { title: englishTitle }) : undefined,
  };
  if (element !== 'resources') doc.tips = tipsNode(config, content, inner, day);
  if (element === 'panel') {
    const [summary, more] = introduction(content);
    Object.assign(doc, {
      headline: content.headline,
      introduction: content.introduction,
      summary,
      more,
      closing: content.closing,
      disclaimer: content.disclaimer,
      contact: fill(labels.contact, {
        contact: publisher.contact,
        phone: {
          text: publisher.phone,
          kind: 'phone',
          value: format(labels.call, { name: publisher.name, phone: publisher.phone }),
        },
      }),
    });
  }
  const listed = element === 'tips' || config.noResources ? [] : resourceList(config, content, resources);
  if (element === 'resources' || listed.length) {
    const headingLevel = element === 'resources' ? level : inner;
    doc.resources = {
      heading:
        element === 'resources'
          ? { ...title, kind: 'resources' }
          : {
              kind: 'resources',
              level: headingLevel,
              rank: headingLevel - level,
              id: '_resources',
              text: content.resources.heading,
            },
      items: listed.map((r, i) => ({
        heading: {
          kind: 'resource-name',
          level: deeper(headingLevel),
          rank: deeper(headingLevel) - level,
          id: `_resource-${i}`,
          text: r.name,
          lang: r.nameLang,
        },
        who: r.shortName ?? r.name,
        description: r.description,
        phone: r.phone,
        call: r.phone ? fill(labels.callAction, { phone: { text: r.phone, dir: 'ltr' } }) : undefined,
        href: safeLink(r.href) ?? undefined,
      })),
    };
  }
  doc.contents = contentsOf(doc);
  return doc;
}
