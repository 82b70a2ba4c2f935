/**
 * One line of documentation for each attribute (src/core/attributes.ts), for the manifest, the command
 * line's --help, the configurator and the README's table (tested against it). Apart from the rules so
 * that the one-tag bundle, which never shows them, does not carry them.
 */
import type { AttributeName, RESOURCE_FIELDS } from './attributes.js';

export const ATTRIBUTE_DOCS: Record<AttributeName, string> = {
  lang: "A language tag: `en`, `es` (`es-MX` and the like use `es`), or `ar`, `fr`, `ne`, `sw`, `vi`, `zh` with their add-on scripts; else the nearest ancestor's `lang`, else the page's, else `en`.",
  audience: 'Whose tips to show: `all`, `families` or `professionals`.',
  sections:
    'Section ids to show (`build-trust`, `transportation-child-care`, `families-can-do`), separated by commas or spaces; empty shows every section.',
  layout:
    '`list`, `accordion` (each section a disclosure), `cards` (sections side by side where there is room) or `compact` (for a narrow column: the accordion, in smaller type and spacing).',
  open: 'With `layout="accordion"` or `compact`: every section starts open.',
  limit:
    'At most this many tips per section (a whole number from 1 to 1000); each shortened section gets its own "Show N more tips".',
  'tip-of-the-day': 'Show one tip, the same for everyone on a given day, with a button to show all.',
  'families-first': "The families' tips before the professionals', for pages written to families.",
  'no-contents': 'Leave out the contents list ("On this page") above the sections.',
  heading: "Your own heading text; empty uses the content's.",
  'heading-level': 'The level (1-6) of the top heading; inner headings are one level deeper, never past 6.',
  src: 'The http(s) address of your own content file, in the schema of content/<lang>.json.',
  theme: "`light`, `dark`, or `auto` (follows the reader's colour-scheme setting).",
  variant:
    "`card`: a bordered card with a coloured header band; `plain`: no border, background or band, in the page's text colour and font.",
  accent: 'Your brand colour, any CSS colour; text on it stays readable.',
  'no-resources': 'Leave the resource list out.',
  'no-default-resources': "List only your own `<partnership-resource>` children, not the fact sheet's.",
  'resources-first': "`fact-sheet`: the fact sheet's resources, then your own; `local`: your own first.",
};

/** The fields of `<partnership-resource>`. */
export const RESOURCE_DOCS: Record<(typeof RESOURCE_FIELDS)[number], string> = {
  name: "The resource's name (required).",
  phone: 'A phone number; becomes a tel: link whose accessible name says who is called.',
  href: 'A web (http/https), tel: or mailto: link; other schemes are dropped with a warning.',
  description: 'One or two sentences on what it offers.',
};
