/**
 * Checks content from an editor's file (the `src` attribute) at run time, field by field, against the
 * shape of content/schema.json. What is valid is kept; what is not is replaced by the built-in content
 * and named in `problems`, so the panel can warn once and still show everything.
 */
import type { Audience, AudienceId, Content, Resource, Section } from './content.js';
import { isPhone, safeLink } from './urls.js';

const MAX_TEXT = 5000;
type Dict = Record<string, unknown>;

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_TEXT;
const AUDIENCE_IDS: readonly AudienceId[] = ['professionals', 'families'];
const TOP_KEYS = ['$schema', 'lang', 'dir', 'headline', 'title', 'introduction', 'audiences', 'closing', 'resources', 'publisher', 'published', 'disclaimer', 'labels'];

export interface Checked {
  content: Content;
  problems: string[];
}

export function checkContent(data: unknown, base: Content): Checked {
  const problems: string[] = [];
  if (!isDict(data)) return { content: base, problems: ['it is not a JSON object'] };

  const text = (value: unknown, where: string, fallback: string): string => {
    if (value === undefined) return fallback;
    if (isText(value)) return value;
    problems.push(`${where} is not text`);
    return fallback;
  };
  const texts = (value: unknown, where: string, fallback: string[]): string[] => {
    if (value === undefined) return fallback;
    if (!Array.isArray(value)) {
      problems.push(`${where} is not a list`);
      return fallback;
    }
    const kept = value.filter((v, i) => isText(v) || void problems.push(`${where}[${i}] is not text`));
    return kept.length ? (kept as string[]) : fallback;
  };

  for (const key of Object.keys(data)) if (!TOP_KEYS.includes(key)) problems.push(`unknown field "${key}"`);

  const lang = typeof data.lang === 'string' && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(data.lang) ? data.lang : base.lang;
  if (data.lang !== undefined && lang !== data.lang) problems.push('lang is not a language tag');
  const dir = data.dir === 'rtl' || data.dir === 'ltr' ? data.dir : base.dir;

  const audiences = checkAudiences(data.audiences, base.audiences, problems, text, texts);
  const resources = isDict(data.resources)
    ? {
        heading: text(data.resources.heading, 'resources.heading', base.resources.heading),
        items: data.resources.items === undefined ? base.resources.items : checkResources(data.resources.items, 'resources.items', problems),
      }
    : data.resources === undefined
      ? base.resources
      : (problems.push('resources is not an object'), base.resources);

  const pub = isDict(data.publisher) ? data.publisher : {};
  const publisherPhone = pub.phone === undefined || isPhone(pub.phone) ? (pub.phone as string | undefined) : undefined;
  if (pub.phone !== undefined && !publisherPhone) problems.push('publisher.phone is not a phone number');
  const publisherHref = pub.href === undefined ? base.publisher.href : safeLink(pub.href) ?? undefined;
  if (pub.href !== undefined && !publisherHref) problems.push('publisher.href is not an http(s), tel: or mailto: link');

  const published = isDict(data.published) ? data.published : {};
  const date = typeof published.date === 'string' && /^\d{4}-\d{2}$/.test(published.date) ? published.date : base.published.date;

  const labels = { ...base.labels };
  if (isDict(data.labels))
    for (const key of Object.keys(base.labels)) labels[key] = text(data.labels[key], `labels.${key}`, base.labels[key]);

  return {
    problems,
    content: {
      lang,
      dir,
      headline: text(data.headline, 'headline', base.headline),
      title: text(data.title, 'title', base.title),
      introduction: texts(data.introduction, 'introduction', base.introduction),
      audiences,
      closing: text(data.closing, 'closing', base.closing),
      resources,
      publisher: {
        name: text(pub.name, 'publisher.name', base.publisher.name),
        shortName: text(pub.shortName, 'publisher.shortName', base.publisher.shortName ?? base.publisher.name),
        contact: text(pub.contact, 'publisher.contact', base.publisher.contact),
        phone: publisherPhone ?? base.publisher.phone,
        href: publisherHref,
      },
      published: { date, label: text(published.label, 'published.label', base.published.label) },
      disclaimer: text(data.disclaimer, 'disclaimer', base.disclaimer),
      labels,
    },
  };
}

function checkAudiences(
  value: unknown,
  fallback: Audience[],
  problems: string[],
  text: (v: unknown, where: string, fallback: string) => string,
  texts: (v: unknown, where: string, fallback: string[]) => string[],
): Audience[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    problems.push('audiences is not a list');
    return fallback;
  }
  const audiences: Audience[] = [];
  value.forEach((a, i) => {
    const where = `audiences[${i}]`;
    if (!isDict(a) || !AUDIENCE_IDS.includes(a.id as AudienceId) || !isText(a.heading) || !Array.isArray(a.sections)) {
      problems.push(`${where} needs an id (professionals or families), a heading and sections`);
      return;
    }
    const sections: Section[] = [];
    a.sections.forEach((s: unknown, j: number) => {
      const at = `${where}.sections[${j}]`;
      if (!isDict(s) || typeof s.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(s.id) || !isText(s.heading)) {
        problems.push(`${at} needs an id (lower-case letters, digits and dashes) and a heading`);
        return;
      }
      const tips = texts(s.tips, `${at}.tips`, []);
      if (!tips.length) {
        problems.push(`${at} has no tips`);
        return;
      }
      const section: Section = { id: s.id, heading: s.heading, tips };
      if (s.introduction !== undefined) {
        const intro = text(s.introduction, `${at}.introduction`, '');
        if (intro) section.introduction = intro;
      }
      sections.push(section);
    });
    if (sections.length) audiences.push({ id: a.id as AudienceId, heading: a.heading, sections });
  });
  return audiences.length ? audiences : fallback;
}

/** Resources with a name; a bad phone or link is dropped from the resource, which is kept. */
export function checkResources(value: unknown, where: string, problems: string[]): Resource[] {
  if (!Array.isArray(value)) {
    problems.push(`${where} is not a list`);
    return [];
  }
  const items: Resource[] = [];
  value.forEach((r, i) => {
    const at = `${where}[${i}]`;
    if (!isDict(r) || !isText(r.name)) {
      problems.push(`${at} has no name`);
      return;
    }
    const item: Resource = { name: r.name };
    if (isText(r.shortName)) item.shortName = r.shortName;
    if (isText(r.description)) item.description = r.description;
    if (r.phone !== undefined) {
      if (isPhone(r.phone)) item.phone = r.phone.trim();
      else problems.push(`${at}.phone is not a phone number`);
    }
    if (r.href !== undefined) {
      const href = safeLink(r.href);
      if (href) item.href = href;
      else problems.push(`${at}.href is not an http(s), tel: or mailto: link`);
    }
    items.push(item);
  });
  return items;
}
