/**
 * The document as a handout to print (one sheet: two pages, US Letter or A4) and as the plain text that
 * flyer services ask for beside a flyer. Both render the document an element shows (src/core/document.ts)
 * for the options, as the plain HTML does: the same tips, sections, headings and resources, never chosen
 * again here. The handout has nothing to click (phone numbers and the address are text) and a QR code
 * that opens the page, made as SVG by `uqr`.
 */
import { renderSVG } from 'uqr';
import type { PanelDocument, Run } from '../core/document.js';
import { el, escape } from './plain-html.js';

export interface HandoutOptions {
  /** The page the QR code opens, and the address printed under it; none leaves both out. */
  url?: string;
  /** The handout's stylesheet: a file beside it (`href`) or its text, inside the document (`css`). */
  stylesheet: { href: string } | { css: string };
}

/** The QR code of an address, as SVG (medium error correction, the standard four-module quiet zone). */
export const qrSvg = (url: string) => renderSVG(url, { ecc: 'M', border: 4 });

/** A line of runs as HTML with nothing to click: names in their own language, numbers left to right. */
function runs(doc: PanelDocument, line: readonly Run[]): string {
  return line
    .map((run) => {
      if (typeof run === 'string') return escape(run);
      if (run.kind === 'phone') return el('span', { class: 'phone', dir: 'ltr' }, escape(run.text));
      if (run.kind === 'date') return escape(run.text);
      return el(
        'span',
        { lang: run.lang && run.lang !== doc.lang ? run.lang : undefined, dir: run.dir },
        escape(run.text),
      );
    })
    .join('');
}

/** A heading at its level, with the count of tips under it where it has one ("Build Trust · 10 tips"). */
const heading = (node: { level: number; text: string; count?: string; lang?: string }, doc: PanelDocument) =>
  el(
    `h${node.level}`,
    {},
    node.lang && node.lang !== doc.lang ? el('span', { lang: node.lang }, escape(node.text)) : escape(node.text),
    node.count ? ` ${el('span', { class: 'count' }, escape(node.count))}` : '',
  );

function tips(doc: PanelDocument): string {
  if (!doc.tips) return '';
  return el(
    'div',
    { class: 'tips' },
    ...doc.tips.groups.map((g) =>
      el(
        'section',
        { class: 'group' },
        g.heading ? heading(g.heading, doc) : '',
        ...g.sections.map(
          (s) =>
            (s.heading ? heading(s.heading, doc) : '') +
            (s.introduction ? el('p', { class: 'lead' }, escape(s.introduction)) : '') +
            el('ul', {}, ...s.tips.slice(0, s.shown).map((tip) => el('li', {}, escape(tip)))),
        ),
      ),
    ),
  );
}

function resources(doc: PanelDocument): string {
  if (!doc.resources) return '';
  const { heading: top, items } = doc.resources;
  return el(
    'section',
    { class: 'resources' },
    heading(top, doc),
    el(
      'ul',
      {},
      ...items.map((r) =>
        el(
          'li',
          {},
          el(
            'strong',
            {},
            r.heading.lang ? el('span', { lang: r.heading.lang }, escape(r.heading.text)) : escape(r.heading.text),
          ),
          r.description ? ` ${escape(r.description)}` : '',
          r.call ? ` ${el('span', { class: 'call' }, runs(doc, r.call))}` : '',
          r.href ? ` ${el('span', { class: 'address', dir: 'ltr' }, escape(r.href))}` : '',
        ),
      ),
    ),
  );
}

/** The handout: a whole HTML document for the printer, in the document's language and direction. */
export function handoutDocument(doc: PanelDocument, { url, stylesheet }: HandoutOptions): string {
  const style =
    'href' in stylesheet
      ? `<link rel="stylesheet" href="${escape(stylesheet.href)}">`
      : `<style>\n${stylesheet.css.trim()}\n</style>`;
  const qr = url
    ? el(
        'figure',
        { class: 'qr' },
        qrSvg(url).replace('<svg ', `<svg role="img" aria-label="${escape(url)}" `),
        el('figcaption', { dir: 'ltr' }, escape(url)),
      )
    : '';
  const body = [
    el(
      'header',
      {},
      el(
        'div',
        { class: 'masthead' },
        heading(doc.title, doc),
        doc.headline ? el('p', { class: 'headline' }, escape(doc.headline)) : '',
        doc.notice ? el('p', { class: 'notice' }, runs(doc, doc.notice)) : '',
      ),
      qr,
    ),
    doc.introduction
      ? el('div', { class: 'introduction' }, ...doc.introduction.map((p) => el('p', {}, escape(p))))
      : '',
    tips(doc),
    doc.closing ? el('p', { class: 'closing' }, escape(doc.closing)) : '',
    resources(doc),
    el(
      'footer',
      {},
      doc.contact ? el('p', {}, runs(doc, doc.contact)) : '',
      el('p', { class: 'credit' }, runs(doc, doc.credit)),
      doc.disclaimer ? el('p', { class: 'disclaimer' }, escape(doc.disclaimer)) : '',
    ),
  ].join('\n');
  return `<!doctype html>
<html lang="${escape(doc.lang)}" dir="${doc.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.title.text)}</title>
${style}
</head>
<body>
${body}
</body>
</html>
`;
}

/** Isolates a left-to-right run (a phone number, an address) in right-to-left text: U+2066 … U+2069. */
const isolate = (doc: PanelDocument, text: string) => (doc.dir === 'rtl' ? `\u2066${text}\u2069` : text);

const textOf = (doc: PanelDocument, line: readonly Run[]) =>
  line
    .map((run) => (typeof run === 'string' ? run : run.kind === 'phone' || run.dir ? isolate(doc, run.text) : run.text))
    .join('');

/**
 * The handout as plain text, for a flyer service's text field or a message: paragraphs apart by a
 * blank line, not wrapped (the service wraps them), tips as "- " items, phone numbers as text.
 */
export function textDocument(doc: PanelDocument, { url }: { url?: string } = {}): string {
  const blocks: string[] = [];
  const title = (node: { text: string; count?: string }) => (node.count ? `${node.text} (${node.count})` : node.text);
  blocks.push(doc.title.text);
  if (doc.headline) blocks.push(doc.headline);
  if (doc.notice) blocks.push(textOf(doc, doc.notice));
  if (url) blocks.push(isolate(doc, url));
  if (doc.introduction) blocks.push(...doc.introduction);
  for (const g of doc.tips?.groups ?? []) {
    if (g.heading) blocks.push(title(g.heading));
    for (const s of g.sections) {
      const lines = [];
      if (s.heading) lines.push(title(s.heading));
      if (s.introduction) lines.push(s.introduction);
      blocks.push([...lines, ...s.tips.slice(0, s.shown).map((tip) => `- ${tip}`)].join('\n'));
    }
  }
  if (doc.closing) blocks.push(doc.closing);
  if (doc.resources) {
    blocks.push(doc.resources.heading.text);
    for (const r of doc.resources.items)
      blocks.push(
        [r.heading.text, r.description, r.call && textOf(doc, r.call), r.href && isolate(doc, r.href)]
          .filter(Boolean)
          .join('\n'),
      );
  }
  if (doc.contact) blocks.push(textOf(doc, doc.contact));
  blocks.push(textOf(doc, doc.credit));
  if (doc.disclaimer) blocks.push(doc.disclaimer);
  return `${blocks.join('\n\n')}\n`;
}
