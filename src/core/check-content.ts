/**
 * Checks content from an editor's file (the `src` attribute) at run time against the shape of the
 * built-in content, which stands in for content/schema.json: every field of the built-in content may
 * be given, with the same type. What is valid is kept; what is not is replaced by the built-in value
 * (or, in an item of a list, the item is dropped) and named in `problems`, so the panel warns once and
 * still shows everything.
 */
import type { Content, Resource } from './content.js';
import { quote } from './text.js';
import { PHONE, safeLink } from './urls.js';

type Json = unknown;
type Dict = Record<string, Json>;

const isDict = (v: Json): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const OPTIONAL = [
  'introduction',
  'lead',
  'shortName',
  'nameLang',
  'description',
  'phone',
  'href',
  'dir',
  'numberingSystem',
  '$schema',
];
/** Top-level fields for people, not the panel: the editor hint and a translation's record. Ignored. */
const IGNORED = ['$schema', 'translation'];
const NOTHING = Symbol();
/** Optional fields that the English content does not have: links, and the language of a name. */
const EXTRA: Record<string, Dict> = {
  items: { href: 'https://', nameLang: 'en' },
  'partnership-resource': { href: 'https://', nameLang: 'en' },
  publisher: { href: 'https://', nameLang: 'en' },
};

/** Fields with a rule of their own beyond being text, and what the rule asks for. */
const RULES: Record<string, [RegExp, string]> = {
  phone: [PHONE, 'a phone number'],
  id: [/^[a-z][a-z0-9-]*$/, 'an id (a-z, 0-9 and -)'],
  audience: [/^(professionals|families)$/, 'professionals or families'],
  lang: [/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'a language tag'],
  nameLang: [/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'a language tag'],
  date: [/^\d{4}-\d{2}$/, 'a year and month (2025-07)'],
  dir: [/^(ltr|rtl)$/, 'ltr or rtl'],
  numberingSystem: [/^[a-z]{3,8}$/, 'a numbering system (deva)'],
  href: [/^/, 'an http(s), tel: or mailto: link'],
};

/**
 * `value` checked against `template` (a value of the built-in content). Returns the value to use, or
 * NOTHING when it is not valid; each problem is pushed with its path. An object that must be `whole`
 * (an item of a list) is NOTHING when a required field is missing or bad; otherwise the bad field is
 * left out, for the caller to fill from the built-in content.
 */
function check(value: Json, template: Json, path: string, problems: string[], whole = true): Json {
  // An audience's id has a rule of its own; a section's id another.
  const key = /^audiences\[\d+\]\.id$/.test(path) ? 'audience' : path.replace(/.*\./, '').replace(/\[\d+\]$/, '');
  if (typeof template === 'string') {
    if (typeof value === 'string' && value.trim() && value.length <= 2000) {
      const [rule, what] = RULES[key] ?? [];
      const kept = key === 'href' ? safeLink(value) : !rule || rule.test(value.trim()) ? value.trim() : null;
      if (kept) return kept;
      problems.push(`${path} is not ${what}`);
    } else problems.push(`${path} is not text`);
    return NOTHING;
  }
  if (Array.isArray(template)) {
    if (!Array.isArray(value)) {
      problems.push(`${path} is not a list`);
      return NOTHING;
    }
    const item = isDict(template[0]) ? { ...template[0], ...EXTRA[key] } : template[0];
    const kept = value.map((v, i) => check(v, item, `${path}[${i}]`, problems)).filter((v) => v !== NOTHING);
    // Resource lists may be empty; a list of texts, audiences or sections may not.
    if (kept.length || key === 'items' || key === 'partnership-resource') return kept;
    problems.push(`${path} has nothing valid`);
    return NOTHING;
  }
  if (!isDict(value)) {
    problems.push(`${path} is not an object`);
    return NOTHING;
  }
  const fields: Dict = { ...(template as Dict), ...EXTRA[key] };
  const out: Dict = {};
  for (const k of Object.keys(value))
    if (key === 'labels') fields[k] ??= '';
    // The schema lets labels have more texts than the panel uses; any other field must be known.
    else if (!Object.hasOwn(fields, k) && k !== '$schema') problems.push(`${path}.${k} is not a known field`);
  for (const [k, t] of Object.entries(fields)) {
    const optional = !whole || OPTIONAL.includes(k);
    if (value[k] === undefined) {
      if (optional) continue;
      problems.push(`${path}.${k} is missing`);
      return NOTHING;
    }
    const v = check(value[k], t, `${path}.${k}`, problems);
    if (v !== NOTHING) out[k] = v;
    else if (!optional) return NOTHING;
  }
  return out;
}

export interface Checked<T = Content> {
  content: T;
  problems: string[];
}

/** An editor's content file over the built-in content: each valid top-level part replaces the built-in one. */
export function checkContent(data: Json, base: Content): Checked {
  const problems: string[] = [];
  if (!isDict(data)) return { content: base, problems: ['it is not a JSON object'] };
  const content: Dict = { ...base };
  // The writing direction and the digits are fields content in English's direction and digits has not.
  const fields: Dict = { dir: 'ltr', numberingSystem: 'latn', ...base };
  for (const k of Object.keys(data))
    if (!Object.hasOwn(fields, k) && !IGNORED.includes(k)) problems.push(`${k} is not a known field`);
  for (const [k, t] of Object.entries(fields)) {
    if (data[k] === undefined || IGNORED.includes(k)) continue;
    // Objects (labels, publisher, resources…) may be given in part; the items of lists must be whole.
    const v = check(data[k], t, k, problems, false);
    if (v !== NOTHING) content[k] = isDict(v) ? { ...(t as Dict), ...v } : v;
  }
  // A section id names one section (ids in the page must be unique): a repeat is dropped.
  const seen = new Set<string>();
  const all = (content.audiences as Content['audiences']).flatMap((a) => a.sections).length;
  content.audiences = (content.audiences as Content['audiences'])
    .map((a) => ({ ...a, sections: a.sections.filter((s) => !seen.has(s.id) && seen.add(s.id)) }))
    .filter((a) => a.sections.length);
  if (seen.size < all) problems.push('a section id repeats; only its first section is kept');
  return { content: content as unknown as Content, problems };
}

/**
 * The editor's own resources, each given as a `<partnership-resource>`'s attributes: each needs a name;
 * a bad phone or link is dropped from it, the resource kept. Each problem names the child as written.
 */
export function checkResources(raw: readonly Record<string, string>[], base: Content): Checked<Resource[]> {
  const found: string[] = [];
  const items = check(raw, base.resources.items, 'partnership-resource', found);
  const problems = found.map((problem) => {
    const child = raw[Number(/\[(\d+)\]/.exec(problem)?.[1])] ?? {};
    const written = Object.entries(child)
      .map(([k, v]) => `${k}=${quote(String(v))}`)
      .join(' ');
    return `<partnership-resource ${written}>: ${problem.replace(/^partnership-resource\[\d+\]\.?/, '')}`;
  });
  return { content: items === NOTHING ? [] : (items as Resource[]), problems };
}
