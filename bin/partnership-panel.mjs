#!/usr/bin/env node
// `partnership-panel render` and `partnership-panel site`, for static-site generators, build pipelines and
// the places that take no script: the panel as HTML, and a folder of pages to upload to any static host.
// `render` prints what `renderPanel()` from 'partnership-panel/render' returns for the same options, byte
// for byte; `site` writes what `buildSite()` from 'partnership-panel/site' returns. Both take the
// elements' attributes as options, one for one, with their lines in --help, from the attribute data
// (src/core/attributes.ts), read by the one parser below; both exit 2, with the elements' own message,
// for a value they would refuse.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ATTRIBUTES, ATTRIBUTE_DOCS, RESOURCE_FIELDS, TAGS } from '../dist/lib/core/index.js';

/** What an option takes, for --help: its values, its range, or a word for its kind. */
const takes = (a) =>
  a.kind === 'boolean'
    ? ''
    : a.values
      ? ` ${a.values.join('|')}`
      : a.kind === 'integer'
        ? a.max === Infinity
          ? ' N'
          : ` ${a.min}-${a.max}`
        : ` ${{ sections: 'IDS', language: 'TAG', text: 'TEXT', url: 'URL', colour: 'COLOUR' }[a.kind]}`;

/** The attributes that are options: all but `src`, a file the browser fetches. */
const ATTRIBUTE_OPTIONS = ATTRIBUTES.filter((a) => a.kind !== 'url');
const elementsOf = (a) => (a.elements.length === Object.keys(TAGS).length ? '' : ` (${a.elements.join(', ')})`);
/** One option in --help: its flag, then its text wrapped at 100 columns under the text column. */
const line = (flag, text) => {
  const head = `  ${flag}`;
  const lines = [''];
  for (const word of text.split(' '))
    if (lines.at(-1).length + word.length + 1 > 70 && lines.at(-1)) lines.push(word);
    else lines[lines.length - 1] += `${lines.at(-1) ? ' ' : ''}${word}`;
  const body = lines.map((l, i) => (i ? ''.padEnd(30) : '') + l).join('\n');
  return head.length < 30 ? `${head.padEnd(30)}${body}` : `${head}\n${''.padEnd(30)}${body}`;
};
const plain = (doc) => doc.replace(/`/g, '');

/**
 * The options both commands take, the panel's: which element, every attribute, your own resources.
 * `notShown` says, in --help, which attributes the command's output does not show (they are checked all the same).
 */
const PANEL_OPTIONS = (notShown) => [
  {
    name: 'element',
    type: 'string',
    flag: `--element ${Object.keys(TAGS).join('|')}`,
    help: 'which element (default panel)',
  },
  ...ATTRIBUTE_OPTIONS.map((a) => ({
    name: a.name,
    property: a.property,
    type: a.kind === 'boolean' ? 'boolean' : 'string',
    flag: `--${a.name}${takes(a)}`,
    help: `${plain(ATTRIBUTE_DOCS[a.name])}${elementsOf(a)}${a.plain ? '' : ` (${notShown})`}`,
  })),
  {
    name: 'resource',
    type: 'string',
    multiple: true,
    flag: "--resource 'name|phone|href|description'",
    help: 'one of your own resources (the description may hold | itself); repeat for more',
  },
];

const COMMANDS = {
  render: {
    usage: 'partnership-panel render [options] > panel.html',
    about: 'Renders the fact sheet "Building Winning Partnerships" as HTML, or as a handout to print.',
    options: [
      {
        name: 'format',
        type: 'string',
        flag: '--format html|prerendered|handout|text',
        help: 'html (default): plain, semantic HTML with no script, for a CMS that strips scripts; prerendered: <partnership-panel> holding its rendered card (declarative shadow DOM) and the script tag, whose script keeps that card and makes it work; handout: a whole document to print on one sheet (two pages, US Letter or A4), with a QR code of --url; text: the handout as plain text, for a flyer service',
      },
      ...PANEL_OPTIONS('prerendered only'),
      {
        name: 'base',
        type: 'string',
        flag: '--base URL',
        help: 'where the bundle and its stylesheet are (prerendered; default the CDN)',
      },
      {
        name: 'url',
        type: 'string',
        flag: '--url URL',
        help: "the https page the handout's QR code opens, printed under it (handout and text, whose title is an h1 unless --heading-level says otherwise)",
      },
    ],
    run: async (options, parsed) => {
      const { renderPanel } = await import('../dist/lib/render.js');
      process.stdout.write(
        await renderPanel({ ...options, format: parsed.format, base: parsed.base, url: parsed.url }),
      );
    },
  },
  site: {
    usage: 'partnership-panel site --url https://…/ --out DIR [options]',
    about:
      "Writes a folder to upload to any static host, in every language: index.html (the first language) and <lang>.html, whole without JavaScript and sized for frames (WordPress's embed protocol); embed.html and oembed.json, which WordPress embeds from a pasted link; handout.html and handout.txt to print and to send; their stylesheets; report-height.js (in the pages) and resize-frame.js (for other sites that frame them).",
    options: [
      {
        name: 'url',
        type: 'string',
        flag: '--url URL',
        help: 'the https address the folder will be served from (required)',
      },
      {
        name: 'out',
        type: 'string',
        flag: '--out DIR',
        help: 'the folder to write (required; made if missing, its files of these names replaced)',
      },
      ...PANEL_OPTIONS('not in the pages').map((o) =>
        o.name === 'lang'
          ? {
              ...o,
              help: `${o.help} Here: the first language, index.html's (default en); every language has its page.`,
            }
          : o.name === 'heading'
            ? { ...o, help: `${o.help} Here: the first language's title only.` }
            : o.name === 'heading-level'
              ? { ...o, help: `${o.help} Here the default is 1: the title is the page's.` }
              : o,
      ),
    ],
    run: async (options, parsed) => {
      if (!parsed.out) fail('site', 'out: the folder to write is required (--out DIR).');
      const { buildSite } = await import('../dist/lib/site.js');
      const files = buildSite({ ...options, url: parsed.url });
      const out = resolve(parsed.out);
      mkdirSync(out, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
      process.stderr.write(`partnership-panel site: wrote ${Object.keys(files).length} files to ${out}\n`);
    },
  },
};

const help = (name) => {
  const command = COMMANDS[name];
  return `Usage: ${command.usage}

${command.about}

${[...command.options, { flag: '-h, --help', help: 'this text' }].map((o) => line(o.flag, o.help)).join('\n')}

Exit codes: 0 done; 2 a bad option or value (the message says which).`;
};

const USAGE = `Usage: partnership-panel render [options] > panel.html
       partnership-panel site --url https://…/ --out DIR [options]

partnership-panel render --help and partnership-panel site --help list the options.`;

function fail(name, message) {
  const again = name ? `Run partnership-panel ${name} --help for the options.` : USAGE;
  process.stderr.write(`partnership-panel${name ? ` ${name}` : ''}: ${message}\n${again}\n`);
  process.exit(2);
}

/** The panel's options (renderPanel's and buildSite's) from what parseArgs read. */
function panelOptions(parsed) {
  return {
    element: parsed.element,
    ...Object.fromEntries(ATTRIBUTE_OPTIONS.map((a) => [a.property, parsed[a.name]])),
    // name|phone|href|description: the description is all that follows the third |, bars and all.
    resources: parsed.resource?.map((spec) => {
      const [name, phone, href, ...description] = spec.split('|');
      return Object.fromEntries(
        [name, phone, href, description.join('|')]
          .map((value, i) => [RESOURCE_FIELDS[i], (value ?? '').trim()])
          .filter(([, value]) => value),
      );
    }),
  };
}

const [name, ...rest] = process.argv.slice(2);
if (!name || name === '-h' || name === '--help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(name ? 0 : 2);
}
if (!Object.hasOwn(COMMANDS, name))
  fail('', `unknown command ${JSON.stringify(name)}; the commands are ${Object.keys(COMMANDS).join(' and ')}`);
const command = COMMANDS[name];

let parsed;
try {
  parsed = parseArgs({
    args: rest,
    strict: true,
    options: {
      ...Object.fromEntries(
        command.options.map((o) => [o.name, o.multiple ? { type: o.type, multiple: true } : { type: o.type }]),
      ),
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  fail(name, error.message);
}
if (parsed.help) {
  process.stdout.write(`${help(name)}\n`);
  process.exit(0);
}

const { RenderError } = await import('../dist/lib/internal/render-error.js');
try {
  await command.run(panelOptions(parsed), parsed);
} catch (error) {
  if (error instanceof RenderError) fail(name, error.message.replace(/\n/g, '\n  '));
  throw error;
}
