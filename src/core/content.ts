/**
 * The fact sheet as data. The text lives in content/<lang>.json (checked against content/schema.json);
 * this module types it, keeps the languages the page has (the bundle's own, and any add-on script's),
 * and picks the content for a language tag.
 */
import { checkContent } from './check-content.js';
import { addOns, languages } from './languages.js';
import { quote } from './text.js';

export type AudienceId = 'professionals' | 'families';

export interface Section {
  id: string;
  heading: string;
  introduction?: string;
  tips: string[];
}

export interface Audience {
  id: AudienceId;
  heading: string;
  /** Whose tip it is, above a lone tip of the day: "Professionals could:". */
  lead?: string;
  sections: Section[];
}

export interface Resource {
  name: string;
  /** The name's language where it is not the content's (an English organisation name in a translation). */
  nameLang?: string;
  shortName?: string;
  description?: string;
  phone?: string;
  href?: string;
}

export interface Labels {
  call: string;
  source: string;
  tipsHeading: string;
  showAll: string;
  showFewer: string;
  tipOfTheDay: string;
  readMore: string;
  /** A call button's text: "Call {phone}". */
  callAction: string;
  /** The contents list's name: "On this page". */
  contents: string;
  /** The accordion's buttons that open and close every section. */
  showAllSections: string;
  hideAllSections: string;
  /** The source line: "{source}. {published}." (Chinese "{source}。{published}。"). */
  credit: string;
  /** The publisher's contact line: "{contact} {phone}" (Chinese, after its full-width colon, "{contact}{phone}"). */
  contact: string;
  website: string;
  /** Translations only: "Unofficial translation of “{title}” (in English)". */
  translationNotice?: string;
  [key: string]: string | undefined;
}

export interface Content {
  lang: string;
  dir?: 'ltr' | 'rtl';
  /** The digits of the language's numbers, a Unicode numbering system (ne: deva); none is Latin digits. */
  numberingSystem?: string;
  headline: string;
  title: string;
  introduction: string[];
  audiences: Audience[];
  closing: string;
  resources: { heading: string; items: Resource[] };
  publisher: { name: string; nameLang?: string; shortName?: string; contact: string; phone: string; href?: string };
  published: { date: string; label: string };
  disclaimer: string;
  labels: Labels;
}

export const DEFAULT_LANG = 'en';

/** Every language the page has, by primary language subtag: the bundle's, then add-ons as they arrive. */
const known: Record<string, Content> = { ...(languages as Record<string, Content>) };

/** The English content, which the others are translations of. */
export const english = known[DEFAULT_LANG];

/** The languages shipped as add-on scripts (dist/lang/<lang>.js) rather than in the bundle. */
export const addOnLanguages: readonly string[] = addOns;

/** The languages the page has now. */
export const languagesNow = () => Object.keys(known);

/**
 * Adds a language from an add-on script, checked as an editor's file is (a part that is not valid is
 * English). Returns its code, or null when what was given is not a language's content.
 */
export function addLanguage(data: unknown): string | null {
  const lang = (data as { lang?: unknown } | null)?.lang;
  if (typeof lang !== 'string' || !/^[a-z]{2,3}$/.test(lang)) return null;
  // The checker never throws (test/hardening-fuzz.test.ts): what is not valid is English.
  known[lang] = checkContent(data, english).content;
  return lang;
}

/**
 * The content for a BCP 47 tag, matched as pages are tagged: the primary language subtag (`es-MX` →
 * `es`, `zh-CN` and `zh-Hans` → `zh`, the Simplified Chinese there is), else undefined. Traditional
 * Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) is not Simplified: undefined.
 */
export function contentFor(lang: string): Content | undefined {
  const key = languageKey(lang);
  return key && Object.hasOwn(known, key) ? known[key] : undefined;
}

/** What an element says of a language it has no content for. */
export function noContentFor(lang: string): string {
  const all = [...new Set([...languagesNow(), ...addOnLanguages])];
  return `no content for language ${quote(lang)}; showing English. Languages: ${all.join(', ')}.`;
}

/** The content a language tag shows where every language is at hand (a server): its own, else English and a problem. */
export function languageContent(lang: string | undefined): { content: Content; problem?: string } {
  // As an element reads its `lang`: empty is none (the page's); blank is a tag, that matches no content.
  if (!lang) return { content: english };
  const content = contentFor(lang.trim());
  return content ? { content } : { content: english, problem: noContentFor(lang.trim()) };
}

/** The content file a tag would use, shipped or not: its primary subtag, but none for Traditional Chinese. */
export function languageKey(lang: string): string | undefined {
  const [primary, ...rest] = lang.trim().toLowerCase().split(/[-_]/);
  const traditional = !rest.includes('hans') && rest.some((subtag) => ['hant', 'tw', 'hk', 'mo'].includes(subtag));
  return primary === 'zh' && traditional ? undefined : primary;
}

/** Every section id the content knows, in reading order. */
export function sectionIds(content: Content): string[] {
  return content.audiences.flatMap((a) => a.sections.map((s) => s.id));
}

/** Plural rules by language, and number formats by numbering system, made once each. */
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesFor(lang: string): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      // A tag an editor's file may give that Intl does not take ("en-us-us"): English's rules.
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(lang, rules);
  }
  return rules;
}

/**
 * A count in the content's digits: Intl.NumberFormat's in its `numberingSystem` (Nepali: Devanagari),
 * else the Latin digits that Intl gives every other shipped language in every engine. (Making a
 * NumberFormat loads the locale's number data, about 19 ms on a page: a page pays it only for a
 * language that writes its numbers in other digits.)
 */
function digits(content: Content, count: number): string {
  const system = content.numberingSystem;
  if (!system || system === 'latn') return String(count);
  let format = numberFormats.get(system);
  if (!format) {
    try {
      format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
    } catch {
      return String(count);
    }
    numberFormats.set(system, format);
  }
  return format.format(count);
}

/**
 * A counted label in the content's language, by its plural category (`tipCount_one`, `tipCount_other`…),
 * its number in the content's digits: `plural(content, 'tipCount', 10)` is "10 tips", and in Nepali
 * "१० वटा सुझाव". A language that says the number in words (Arabic's one and two) leaves `{count}` out
 * of that category's label.
 */
export function plural(content: Content, base: string, count: number): string {
  const { labels, lang } = content;
  const label = labels[`${base}_${rulesFor(lang).select(count)}`] ?? labels[`${base}_other`]!;
  return format(label, { count: digits(content, count) });
}

/**
 * Where a sentence may end: a full stop, question or exclamation mark (Latin, Arabic, Devanagari) before
 * a space or the end, or a CJK one. (Intl.Segmenter finds the same first sentence in every shipped
 * language, but making one loads the language's break rules, about 9 ms, on every page.)
 */
const SENTENCE_END = /[.!?\u061F\u0964](?=\s|$)|[\u3002\uFF01\uFF1F]/g;

/**
 * A word whose full stop does not end a sentence: an initial ("J."), one with stops inside ("U.S.",
 * "e.g.") or a short title ("Dr.", "Mrs.", "St.").
 */
const ABBREVIATION = /^(\p{L}|.*\..*|\p{Lu}\p{Ll}{0,2})$/u;

/** The first sentence of a text. */
export function firstSentence(text: string): string {
  for (const mark of text.matchAll(SENTENCE_END)) {
    if (mark[0] === '.' && ABBREVIATION.test(/\S*$/.exec(text.slice(0, mark.index))![0])) continue;
    return text.slice(0, mark.index + 1);
  }
  return text;
}

/** The last sentence of a text, and what comes before it. */
function lastSentence(text: string): [string, string] {
  let end = 0;
  let mark = firstSentence(text).length;
  // Each sentence end but the text's own: the last one before it starts the last sentence.
  while (mark < text.trimEnd().length) {
    end = mark;
    mark += firstSentence(text.slice(mark)).length;
  }
  return [text.slice(0, end).trim(), text.slice(end).trim()];
}

/** Two sentences as one text: a space between them, but none after a CJK full stop. */
const joined = (a: string, b: string) => (/[\u3002\uFF01\uFF1F]$/.test(a) ? `${a}${b}` : `${a} ${b}`);

/**
 * The introduction as the panel shows it, summary first: its first sentence and its last, which says
 * what follows ("Here are some ways for professionals and families…"), then the rest as paragraphs,
 * which it folds under "Read more". Without sentence ends, the first paragraph is the summary.
 */
export function introduction(content: Content): [string, string[]] {
  const paragraphs = [...content.introduction];
  const first = paragraphs.shift()!;
  const sentence = firstSentence(first);
  const rest = first.slice(sentence.length).trim();
  const more = rest ? [rest, ...paragraphs] : paragraphs;
  if (!more.length || sentence === first) return [sentence.trim(), more];
  const [before, last] = lastSentence(more.at(-1)!);
  if (before) more[more.length - 1] = before;
  else more.pop();
  return [joined(sentence.trim(), last), more];
}

/** Fills `{name}`-style placeholders; unknown placeholders stay as written. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key] : whole));
}
