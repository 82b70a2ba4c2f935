#!/usr/bin/env node
// `partnership-panel render`: the panel as HTML, for static-site generators and build pipelines. It
// prints what `renderPanel()` from 'partnership-panel/render' returns for the same options, byte for
// byte, and exits 2, with the elements' own message, for a value they would refuse. Its options, and
// their lines in --help, are the elements' attributes (src/core/attributes.ts), one for one.
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

/** The attributes that are options here: all but `src`, a file the browser fetches. */
const OPTIONS = ATTRIBUTES.filter((a) => a.kind !== 'url');
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

const HELP = `Usage: partnership-panel render [options] > panel.html

Renders the fact sheet "Building Winning Partnerships" as HTML.

${line('--format html|prerendered', 'html (default): plain, semantic HTML with no script, for a CMS that strips scripts; prerendered: <partnership-panel> holding its rendered card (declarative shadow DOM) and the script tag')}
${line(`--element ${Object.keys(TAGS).join('|')}`, 'which element (default panel)')}
${OPTIONS.map((a) => line(`--${a.name}${takes(a)}`, `${plain(ATTRIBUTE_DOCS[a.name])}${elementsOf(a)}${a.plain ? '' : ' (prerendered only)'}`)).join('\n')}
${line("--resource 'name|phone|href|description'", 'one of your own resources (html format; the description may hold | itself); repeat for more')}
${line('--base URL', 'where the bundle and its stylesheet are (prerendered; default the CDN)')}
${line('-h, --help', 'this text')}

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
      ...Object.fromEntries(OPTIONS.map((a) => [a.name, { type: a.kind === 'boolean' ? 'boolean' : 'string' }])),
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

const FIELDS = RESOURCE_FIELDS;
const options = {
  format: parsed.format,
  element: parsed.element,
  ...Object.fromEntries(OPTIONS.map((a) => [a.property, parsed[a.name]])),
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
