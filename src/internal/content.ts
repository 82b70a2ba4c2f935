/**
 * The fact sheet as data. The text lives in content/<lang>.json (checked against content/schema.json);
 * this module only types it and picks the file for a language.
 */
import { languages } from './languages.js';

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
  sections: Section[];
}

export interface Resource {
  name: string;
  shortName?: string;
  description?: string;
  phone?: string;
  href?: string;
}

export interface Labels {
  call: string;
  source: string;
  showAll: string;
  tipOfTheDay: string;
  [key: string]: string;
}

export interface Content {
  lang: string;
  dir?: 'ltr' | 'rtl';
  headline: string;
  title: string;
  introduction: string[];
  audiences: Audience[];
  closing: string;
  resources: { heading: string; items: Resource[] };
  publisher: { name: string; shortName?: string; contact: string; phone: string; href?: string };
  published: { date: string; label: string };
  disclaimer: string;
  labels: Labels;
}

/** Every language shipped inside the bundle (content/<lang>.json), by primary language subtag. */
export const bundled: Readonly<Record<string, Content>> = languages as Record<string, Content>;

export const DEFAULT_LANG = 'en';

/**
 * The shipped content for a BCP 47 tag: an exact match, else its primary subtag (`es-MX` → `es`),
 * else undefined.
 */
export function contentFor(lang: string): Content | undefined {
  const tag = lang.trim().toLowerCase();
  for (const key of [tag, tag.split(/[-_]/)[0]]) if (Object.hasOwn(bundled, key)) return bundled[key];
  return undefined;
}

/** Every section id the content knows, in reading order. */
export function sectionIds(content: Content): string[] {
  return content.audiences.flatMap((a) => a.sections.map((s) => s.id));
}

/** Fills `{name}`-style placeholders; unknown placeholders stay as written. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key] : whole));
}
