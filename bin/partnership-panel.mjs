#!/usr/bin/env node
// `partnership-panel render`: the panel as HTML, for static-site generators and build pipelines. It
// prints what `renderPanel()` from 'partnership-panel/render' returns for the same options, byte for
// byte, and exits 2, with the elements' own message, for a value they would refuse.
import { parseArgs } from 'node:util';

const HELP = `Usage: partnership-panel render [options] > panel.html

Renders the fact sheet "Building Winning Partnerships" as HTML.

  --format html|prerendered   html (default): plain, semantic HTML with no script, for a CMS that
                              strips scripts; prerendered: <partnership-panel> holding its rendered
                              card (declarative shadow DOM) and the script tag
  --element panel|tips|resources   which element (default panel)
  --audience all|families|professionals
  --sections IDS              build-trust, transportation-child-care, families-can-do (comma-separated)
  --lang TAG                  en, es, ar, fr, ne, sw, vi, zh (es-MX and the like use es)
  --heading TEXT              your own heading
  --heading-level 1-6         level of the top heading (default 2)
  --limit N                   at most N tips per section
  --layout list|accordion|cards|compact   (prerendered only; plain HTML is a list)
  --open                      with the accordion: every section open (prerendered only)
  --tip-of-the-day            one tip a day (prerendered only)
  --theme light|dark|auto     (prerendered only)
  --variant card|plain        (prerendered only)
  --accent COLOUR             (prerendered only)
  --no-resources              leave the resource list out (panel)
  --no-default-resources      list only your own resources
  --resources-first fact-sheet|local   local: your own resources before the fact sheet's
  --resource 'name|phone|href|description'   one of your own resources (html format; the description
                              may hold | itself); repeat for more
  --base URL                  where the bundle and its stylesheet are (prerendered; default the CDN)
  -h, --help                  this text

Exit codes: 0 rendered; 2 a bad option or value (the message says which).`;

const fail = (message) => {
  process.stderr.write(`partnership-panel render: ${message}\nRun partnership-panel render --help for the options.\n`);
  process.exit(2);
};

const [command, ...rest] = process.argv.slice(2);
if (!command || command === '-h' || command === '--help') {
  process.stdout.write(`${HELP}\n`);
  process.exit(command ? 0 : 2);
}
if (command !== 'render') fail(`unknown command ${JSON.stringify(command)}; the command is render`);

let parsed;
try {
  parsed = parseArgs({
    args: rest,
    strict: true,
    options: {
      format: { type: 'string' },
      element: { type: 'string' },
      audience: { type: 'string' },
      sections: { type: 'string' },
      lang: { type: 'string' },
      heading: { type: 'string' },
      'heading-level': { type: 'string' },
      limit: { type: 'string' },
      layout: { type: 'string' },
      open: { type: 'boolean' },
      'tip-of-the-day': { type: 'boolean' },
      theme: { type: 'string' },
      variant: { type: 'string' },
      accent: { type: 'string' },
      'no-resources': { type: 'boolean' },
      'no-default-resources': { type: 'boolean' },
      'resources-first': { type: 'string' },
      resource: { type: 'string', multiple: true },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  fail(error.message);
}
if (parsed.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}

const FIELDS = ['name', 'phone', 'href', 'description'];
const options = {
  format: parsed.format,
  element: parsed.element,
  audience: parsed.audience,
  sections: parsed.sections,
  lang: parsed.lang,
  heading: parsed.heading,
  headingLevel: parsed['heading-level'],
  limit: parsed.limit,
  layout: parsed.layout,
  open: parsed.open,
  tipOfTheDay: parsed['tip-of-the-day'],
  theme: parsed.theme,
  variant: parsed.variant,
  accent: parsed.accent,
  noResources: parsed['no-resources'],
  noDefaultResources: parsed['no-default-resources'],
  resourcesFirst: parsed['resources-first'],
  // name|phone|href|description: the description is all that follows the third |, bars and all.
  resources: parsed.resource?.map((spec) => {
    const [name, phone, href, ...description] = spec.split('|');
    return Object.fromEntries(
      [name, phone, href, description.join('|')]
        .map((value, i) => [FIELDS[i], (value ?? '').trim()])
        .filter(([, value]) => value),
    );
  }),
  base: parsed.base,
};

const { renderPanel, RenderError } = await import('../dist/lib/render.js');
try {
  process.stdout.write(await renderPanel(options));
} catch (error) {
  if (error instanceof RenderError) fail(error.message.replace(/\n/g, '\n  '));
  throw error;
}
