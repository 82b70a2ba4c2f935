/**
 * From an element's attributes and its content to what it shows: a configuration, and the problems
 * with what was given, as data. No DOM: the elements print each problem as a console warning, the
 * command line as an error, the configurator beside its field.
 */
import { ATTRIBUTES, attributesOf, type AttributeRule, type ElementName, type ValuesOf } from './attributes.js';
import { sectionIds, type Audience, type Content, type Section } from './content.js';
import { quote, text } from './text.js';

export interface Configuration {
  element: ElementName;
  /** The language tag the element was given, trimmed; empty where it speaks its page's. */
  lang: string;
  /** The editor's heading, trimmed; empty uses the content's. */
  heading: string;
  headingLevel: number;
  src: string;
  theme: ValuesOf<'theme'>;
  variant: ValuesOf<'variant'>;
  /** The editor's colour as written, trimmed; checked by the browser (see palette.ts). */
  accent: string;
  audience: ValuesOf<'audience'>;
  /** The section ids asked for; null shows every section. */
  sections: string[] | null;
  layout: ValuesOf<'layout'>;
  open: boolean;
  /** At most this many tips per section; Infinity for no limit. */
  limit: number;
  tipOfTheDay: boolean;
  /** The families' audience before the professionals'. */
  familiesFirst: boolean;
  /** No contents list. */
  noContents: boolean;
  noResources: boolean;
  noDefaultResources: boolean;
  resourcesFirst: ValuesOf<'resources-first'>;
}

/** Something given that could not be used: the attribute, and a message that names it and the value. */
export interface Problem {
  attribute: string;
  message: string;
}

/** What an element was given: attribute (or property) values by attribute name; absent is undefined or null. */
export type Given = Partial<Record<string, unknown>>;

export { quote, text };

/** The value an attribute has when none (or a bad one) is given. */
function fallback(rule: AttributeRule): unknown {
  if (rule.kind === 'integer') return rule.default ?? Infinity;
  if (rule.kind === 'sections') return null;
  if (rule.kind === 'boolean') return false;
  return rule.default ?? '';
}

/** One attribute's value, read by its rule; a bad value gives the default and a problem. */
function read(rule: AttributeRule, value: unknown, content: Content, problems: Problem[]): unknown {
  const otherwise = fallback(rule);
  const problem = (message: string) => problems.push({ attribute: rule.name, message });
  if (rule.kind === 'boolean') return value != null && value !== false;
  if (value == null) return otherwise;
  const given = String(value);
  switch (rule.kind) {
    case 'keyword': {
      const key = given.trim().toLowerCase();
      if (rule.values!.includes(key)) return key;
      problem(`${rule.name}=${quote(given)} is not one of ${rule.values!.join(', ')}; using "${otherwise}".`);
      return otherwise;
    }
    case 'integer': {
      const digits = given.trim();
      if (/^\d+$/.test(digits)) {
        const n = Number(digits);
        if (n >= rule.min! && n <= rule.max!) return n;
      }
      problem(
        `${rule.name}=${quote(given)} is not a whole number from ${rule.min} to ${rule.max}; using ${otherwise}.`,
      );
      return otherwise;
    }
    case 'sections': {
      const known = sectionIds(content);
      const ids = given
        .split(/[\s,]+/)
        .map((id) => id.toLowerCase())
        .filter(Boolean);
      const unknown = ids.filter((id) => !known.includes(id));
      if (unknown.length)
        problem(
          `${rule.name}=${quote(given)}: ignoring unknown ${unknown.map(quote).join(', ')}; known ids are ${known.join(', ')}.`,
        );
      const kept = ids.filter((id) => known.includes(id));
      return kept.length ? kept : null;
    }
    default:
      return given.trim();
  }
}

/** The audiences and sections a configuration lets through, in its order. */
export function shownGroups(
  config: Pick<Configuration, 'audience' | 'sections' | 'familiesFirst'>,
  content: Content,
): { audience: Audience; sections: Section[] }[] {
  const audiences = config.familiesFirst
    ? [...content.audiences].sort((a, b) => Number(b.id === 'families') - Number(a.id === 'families'))
    : content.audiences;
  return audiences
    .filter((a) => config.audience === 'all' || a.id === config.audience)
    .map((audience) => ({
      audience,
      sections: audience.sections.filter((s) => !config.sections || config.sections.includes(s.id)),
    }))
    .filter((g) => g.sections.length);
}

/**
 * An element's configuration from what it was given and the content it shows. Every value an element
 * does not take is left at its default; every bad one is a problem, and the default.
 */
export function configure(element: ElementName, given: Given, content: Content) {
  const problems: Problem[] = [];
  const config = { element } as Configuration & Record<string, unknown>;
  const takes = attributesOf(element);
  for (const rule of ATTRIBUTES as readonly AttributeRule[])
    config[rule.property] = takes.includes(rule) ? read(rule, given[rule.name], content, problems) : fallback(rule);
  // Filters that leave nothing would blank the panel: sections all outside the chosen audience show the
  // audience whole, and an audience the content (an editor's file) does not have shows everyone's tips.
  if (element !== 'resources' && !shownGroups(config, content).length) {
    const audience = config.audience;
    config.sections = null;
    if (!shownGroups(config, content).length) config.audience = 'all';
    const showing = shownGroups(config, content).flatMap((g) => g.sections.map((s) => s.id));
    problems.push({
      attribute: 'sections',
      message: `audience="${audience}" and sections=${quote(text(given.sections))} leave nothing to show; showing ${showing.join(', ')}.`,
    });
  }
  return { config: config as Configuration, problems };
}

/**
 * The configuration the plain HTML shows: what only the card has (its layout, look and behaviour,
 * `plain: false` in the attribute data) at its default.
 */
export function plainConfiguration(config: Configuration): Configuration {
  const plain = { ...config } as Configuration & Record<string, unknown>;
  for (const rule of ATTRIBUTES as readonly AttributeRule[]) if (!rule.plain) plain[rule.property] = fallback(rule);
  return plain;
}
