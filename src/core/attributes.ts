/**
 * The editor's attributes as data: which elements take each, what it accepts and its default, and one
 * line for the documentation (in attribute-docs.ts, which the bundle does not carry). Everything that
 * reads or offers an attribute reads it here: the elements'
 * properties, `configure()`, the command line's options and `--help`, the configurator, the WordPress
 * block and the PHP's checks (through dist/attributes.json, which the build writes from this list), and
 * the README's table (tested against it).
 */

/** The elements that show something: `<partnership-panel>`, `<partnership-tips>`, `<partnership-resources>`. */
export type ElementName = 'panel' | 'tips' | 'resources';

export const TAGS: Record<ElementName, string> = {
  panel: 'partnership-panel',
  tips: 'partnership-tips',
  resources: 'partnership-resources',
};

/**
 * How an attribute's value is read:
 * - `keyword`: one of `values`, matched case-insensitively after trimming;
 * - `integer`: a whole number from `min` to `max`;
 * - `boolean`: present or not;
 * - `sections`: section ids of the content, separated by commas or white space;
 * - `text`: any text (`heading`);
 * - `language`: a language tag, matched to the content there is;
 * - `url`: an http(s) address, fetched in the browser;
 * - `colour`: a CSS colour, resolved by the browser.
 */
export type Kind = 'keyword' | 'integer' | 'boolean' | 'sections' | 'text' | 'language' | 'url' | 'colour';

export interface AttributeRule {
  /** The attribute's name, kebab-case. */
  readonly name: string;
  /** The element property it reflects, camelCase (also the name of `renderPanel`'s option). */
  readonly property: string;
  readonly elements: readonly ElementName[];
  readonly kind: Kind;
  /** For `keyword`: the values allowed, the default first. */
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** The default, as the documentation shows it; none where it depends on the page (`lang`, `heading`). */
  readonly default?: string | number | boolean;
  /**
   * Whether the plain HTML (no script, no styles) shows its effect. Attributes of the card's look and
   * behaviour (layout, theme…) are for the element and the prerendered snippet only.
   */
  readonly plain: boolean;
}

const ALL: readonly ElementName[] = ['panel', 'tips', 'resources'];
const TIPS: readonly ElementName[] = ['panel', 'tips'];

/** In the order an editor would write them. */
export const ATTRIBUTES = [
  {
    name: 'lang',
    property: 'lang',
    elements: ALL,
    kind: 'language',
    plain: true,
  },
  {
    name: 'audience',
    property: 'audience',
    elements: TIPS,
    kind: 'keyword',
    values: ['all', 'families', 'professionals'],
    default: 'all',
    plain: true,
  },
  {
    name: 'sections',
    property: 'sections',
    elements: TIPS,
    kind: 'sections',
    plain: true,
  },
  {
    name: 'layout',
    property: 'layout',
    elements: TIPS,
    kind: 'keyword',
    values: ['list', 'accordion', 'cards', 'compact'],
    default: 'list',
    plain: false,
  },
  {
    name: 'open',
    property: 'open',
    elements: TIPS,
    kind: 'boolean',
    default: false,
    plain: false,
  },
  {
    name: 'limit',
    property: 'limit',
    elements: TIPS,
    kind: 'integer',
    min: 1,
    max: 1000,
    plain: true,
  },
  {
    name: 'tip-of-the-day',
    property: 'tipOfTheDay',
    elements: TIPS,
    kind: 'boolean',
    default: false,
    plain: false,
  },
  {
    name: 'families-first',
    property: 'familiesFirst',
    elements: TIPS,
    kind: 'boolean',
    default: false,
    plain: true,
  },
  {
    name: 'no-contents',
    property: 'noContents',
    elements: ALL,
    kind: 'boolean',
    default: false,
    plain: true,
  },
  {
    name: 'heading',
    property: 'heading',
    elements: ALL,
    kind: 'text',
    plain: true,
  },
  {
    name: 'heading-level',
    property: 'headingLevel',
    elements: ALL,
    kind: 'integer',
    min: 1,
    max: 6,
    default: 2,
    plain: true,
  },
  {
    name: 'src',
    property: 'src',
    elements: ALL,
    kind: 'url',
    plain: false,
  },
  {
    name: 'theme',
    property: 'theme',
    elements: ALL,
    kind: 'keyword',
    values: ['light', 'dark', 'auto'],
    default: 'light',
    plain: false,
  },
  {
    name: 'variant',
    property: 'variant',
    elements: ALL,
    kind: 'keyword',
    values: ['card', 'plain'],
    default: 'card',
    plain: false,
  },
  {
    name: 'accent',
    property: 'accent',
    elements: ALL,
    kind: 'colour',
    plain: false,
  },
  {
    name: 'no-resources',
    property: 'noResources',
    elements: ['panel'],
    kind: 'boolean',
    default: false,
    plain: true,
  },
  {
    name: 'no-default-resources',
    property: 'noDefaultResources',
    elements: ['panel', 'resources'],
    kind: 'boolean',
    default: false,
    plain: true,
  },
  {
    name: 'resources-first',
    property: 'resourcesFirst',
    elements: ['panel', 'resources'],
    kind: 'keyword',
    values: ['fact-sheet', 'local'],
    default: 'fact-sheet',
    plain: true,
  },
] as const satisfies readonly AttributeRule[];

type Rule = (typeof ATTRIBUTES)[number];
/** An attribute's name. */
export type AttributeName = Rule['name'];
/** The values a keyword attribute allows, as a type: `ValuesOf<'layout'>` is `'list' | 'accordion' | …`. */
export type ValuesOf<N extends AttributeName> =
  Extract<Rule, { name: N }> extends { values: readonly (infer V)[] } ? V : never;

/**
 * The attributes as options by property name (`renderPanel`'s): a boolean attribute's is true or false,
 * any other's the text an editor would write (a number is its text).
 */
export type AttributeOptions = {
  [R in Rule as R['property']]?: R extends { kind: 'boolean' }
    ? boolean
    : R extends { kind: 'integer' }
      ? string | number
      : string;
};

/** The attributes one element takes. */
export const attributesOf = (element: ElementName): readonly AttributeRule[] =>
  ATTRIBUTES.filter((a: AttributeRule) => a.elements.includes(element));

/** The fields of `<partnership-resource>`, an editor's own resource. */
export const RESOURCE_FIELDS = ['name', 'phone', 'href', 'description'] as const;
