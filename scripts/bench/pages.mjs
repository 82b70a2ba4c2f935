// The benchmark's pages, built in memory from content/en.json at bench time:
//   static: the fact sheet as plain HTML with one <style> (the floor),
//   widget: the one-tag bundle and N <partnership-panel> elements,
//   iframe: N <iframe>s, each loading the fact sheet as its own static page (the usual syndication embed),
//   prerendered: N copies of `partnership-panel render --format prerendered` (the element holding its
//     card as declarative shadow DOM, linking dist/partnership-panel-<version>.css), the script after them
//     (dist/partnership-panel-prerendered-<version>.js, which keeps the cards);
//   prerendered-no-script: the same page without the script tag: the floor for the prerendered page;
//   baseline (with BENCH_BASELINE): the widget's page loading another build of the bundle, for an A/B run.
// The static markup and CSS mirror what the widget renders (src/internal/templates.ts, styles.ts): the same
// text, headings at the same levels, the same boxes, so that the comparison is of delivery, not design.
import { readFileSync } from 'node:fs';

export const VARIANTS = ['static', 'widget', 'prerendered', 'prerendered-no-script', 'iframe'];
/** Where the baseline variant's page loads its bundle from. */
export const BASELINE_PATH = '/bench/baseline/partnership-panel.js';
export const BLANK_PATH = '/bench/blank.html';
const EMBED_PATH = '/bench/embed.html';
export const EMBED_HEIGHT = 4000; // px; the embed page must fit in it (checked after every load)
export const TIPS_PER_PANEL = 24;

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const format = (template, values) => template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
const telHref = (phone) => `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
const phoneLink = (c, who, phone) =>
  `<a class="phone" href="${telHref(phone)}" aria-label="${escape(format(c.labels.call, { name: who, phone }))}">${escape(phone)}</a>`;

/** "10 tips", as the widget counts a section (English: one and other). */
const count = (c, n) => format(c.labels[n === 1 ? 'tipCount_one' : 'tipCount_other'], { count: n });

/** One panel's markup: everything <partnership-panel> shows with its default attributes. */
function panelHtml(c) {
  const audiences = c.audiences.map((a) => {
    // As in the widget, an audience with a single section gets no second heading, and counts in its own.
    const single = a.sections.length === 1;
    const sections = a.sections.map(
      (s) =>
        `<section class="section">${single ? '' : `<h4>${escape(s.heading)} <span class="count">${count(c, s.tips.length)}</span></h4>`}` +
        (s.introduction ? `<p class="lead">${escape(s.introduction)}</p>` : '') +
        `<ul class="tips">${s.tips.map((tip) => `<li class="tip">${escape(tip)}</li>`).join('')}</ul></section>`,
    );
    const total = single ? ` <span class="count">${count(c, a.sections[0].tips.length)}</span>` : '';
    return `<section class="audience"><h3>${escape(a.heading)}${total}</h3>${sections.join('')}</section>`;
  });
  const resources = c.resources.items.map(
    (r) =>
      `<li class="resource"><h4>${escape(r.name)}</h4>` +
      (r.description ? `<p>${escape(r.description)}</p>` : '') +
      (r.phone
        ? `<a class="call" href="${telHref(r.phone)}">${escape(format(c.labels.callAction, { phone: r.phone }))}</a>`
        : '') +
      '</li>',
  );
  const { publisher, published } = c;
  const [first, ...rest] = c.introduction;
  const sentence = first.slice(0, first.indexOf('. ') + 1);
  const more = [first.slice(sentence.length).trim(), ...rest];
  return `<article class="pp" lang="${escape(c.lang)}">
<header><h2>${escape(c.title)}</h2>
<p class="headline">${escape(c.headline)}</p></header>
<div class="body">
<div class="introduction"><p>${escape(sentence)}</p><details><summary>${escape(c.labels.readMore)}</summary>${more.map((p) => `<p>${escape(p)}</p>`).join('')}</details></div>
<div class="audiences">${audiences.join('\n')}</div>
<p class="closing">${escape(c.closing)}</p>
<section class="resources"><h3>${escape(c.resources.heading)}</h3><ul class="resource-list">${resources.join('')}</ul></section>
<footer><p>${escape(publisher.contact)} ${phoneLink(c, publisher.name, publisher.phone)}</p>
<p>${escape(format(c.labels.source, { publisher: publisher.name, title: c.title }))}. <time datetime="${escape(published.date)}">${escape(published.label)}</time></p>
<p><small>${escape(c.disclaimer)}</small></p></footer>
</div>
</article>`;
}

/** The widget's stylesheet restated for plain HTML, scoped to .pp (no custom properties: static HTML has no API). */
const PANEL_CSS = `
.pp { font-size: medium; line-height: 1.55; color: #1b2430; overflow-wrap: anywhere; background: #fff;
  border: 1px solid #c9d1db; border-radius: .75em; container-type: inline-size; }
.pp > * { font-size: 1.125em; }
.pp *, .pp *::before, .pp *::after { box-sizing: border-box; }
.pp header { padding: 1.5em; background: #0b5cad; color: #fff; border-block-end: .25em solid #0b5cad; }
.pp .body { padding: 1.5em; }
.pp p, .pp ul, .pp details { margin-block: 0 .75em; margin-inline: 0; max-inline-size: 35em; }
.pp h2, .pp h3, .pp h4 { font-weight: 700; line-height: 1.25; margin-block: 1.5em .5em; max-inline-size: 30em; color: #1b2430; }
.pp h2 { font-size: 1.75em; line-height: 1.2; margin-block: 0 .3em; color: inherit; }
.pp .headline { font-size: 1.2em; line-height: 1.4; margin: 0; }
.pp summary { min-block-size: 2.75em; color: #0b5cad; text-decoration: underline; cursor: pointer; }
.pp .audiences { display: grid; column-gap: 2.5em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr)); }
.pp .audience > h3:first-child { margin-block-start: 0; }
.pp h3 { font-size: 1.4em; padding-block-end: .3em; border-block-end: .15em solid #0b5cad; }
.pp h4 { font-size: 1.15em; }
.pp .count { display: inline-block; margin-inline-start: .3em; font-size: .8em; font-weight: 400; color: #3d4856; }
.pp .tips, .pp .resource-list { padding: 0; list-style: none; }
.pp .tip { position: relative; padding-inline-start: 1.5em; margin-block-end: .6em; }
.pp .tip::before { content: ''; position: absolute; inset-inline-start: .35em; inset-block-start: .55em;
  inline-size: .45em; block-size: .45em; border-radius: 50%; background: #0b5cad; }
.pp .closing { font-weight: 600; margin-block: 1.5em; }
.pp .resource-list { display: grid; gap: 1em; max-inline-size: none;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 19em), 1fr)); }
.pp .resource { display: flex; flex-direction: column; align-items: flex-start; gap: .6em; padding: 1em 1.25em;
  border-radius: .5em; background: #eef3f9; }
.pp .resource h4 { margin-block-start: 0; }
.pp .resource p { margin: 0; }
.pp .call { display: inline-block; margin-block-start: auto; padding: .6em 1em; border: .1em solid #0b5cad;
  border-radius: .4em; background: #0b5cad; color: #fff; font-weight: 700; text-decoration: none; }
.pp a { color: #0b5cad; }
.pp footer { margin-block-start: 1.5em; padding-block-start: 1em; border-block-start: 1px solid #c9d1db;
  font-size: .875em; color: #3d4856; }
.pp footer p:last-child { margin-block-end: 0; }
@container (max-width: 30em) { .pp > * { font-size: 1em; } .pp header, .pp .body { padding: 1em; } }
`;

/** The host page around the placements, the same for all three variants. */
const PAGE_CSS = `
body { margin: 0 auto; max-width: 48rem; padding: 1rem; font-family: system-ui, sans-serif; }
.pp, partnership-panel, iframe { margin-block-end: 1rem; }
iframe { display: block; width: 100%; height: ${EMBED_HEIGHT}px; border: 0; }
`;

// The same in every bench page. Marks 'bench-ready' once every panel is fully laid out: after the load
// event (which waits for every iframe), every widget's first update, a forced layout of every iframe's
// document (off-screen frames are otherwise laid out only when needed) and of the page. Then marks
// 'bench-painted' once the main thread has produced the next frame, the first to show every panel (a
// task queued from a requestAnimationFrame callback runs after that frame's paint), and resolves
// window.benchReady. The counted main-thread work ends at one mark or the other (see bench.mjs). A
// failure rejects, so the bench stops.
const READY_SCRIPT = `<script>
window.benchReady = new Promise((resolve, reject) => addEventListener('load', async () => {
  try {
    await Promise.all([...document.querySelectorAll('partnership-panel')].map((panel) => panel.updateComplete));
    for (const frame of document.querySelectorAll('iframe')) frame.contentDocument.body.offsetHeight;
    document.body.offsetHeight;
    performance.mark('bench-ready');
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
    performance.mark('bench-painted');
    resolve();
  } catch (error) {
    reject(error);
  }
}));
</script>`;

const page = (title, head, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

/** Every bench page by URL path: the blank start page, the embed, and each variant for each N. */
/**
 * @param prerendered what `partnership-panel render --format prerendered --base /dist/` printed: the
 *   element, then the script tag.
 */
export function benchPages(contentFile, counts, { baseline = false, prerendered }) {
  const [, element, script] = /^([\s\S]*?)\n(<script [\s\S]*<\/script>)\n?$/.exec(prerendered);
  const content = JSON.parse(readFileSync(contentFile, 'utf8'));
  const panel = panelHtml(content);
  const pages = new Map([
    [BLANK_PATH, page('blank', '', '')],
    [
      EMBED_PATH,
      page(
        escape(content.title),
        `<style>body { margin: 0; font-family: system-ui, sans-serif; }${PANEL_CSS}</style>`,
        panel,
      ),
    ],
  ]);
  for (const n of counts) {
    const repeat = (html) => Array.from({ length: n }, () => html).join('\n');
    pages.set(
      pagePath('static', n),
      page(`static × ${n}`, `<style>${PAGE_CSS}${PANEL_CSS}</style>`, repeat(panel) + READY_SCRIPT),
    );
    pages.set(
      pagePath('widget', n),
      page(
        `widget × ${n}`,
        `<style>${PAGE_CSS}</style>\n<script src="/dist/partnership-panel.js"></script>`,
        repeat('<partnership-panel></partnership-panel>') + READY_SCRIPT,
      ),
    );
    if (baseline)
      pages.set(
        pagePath('baseline', n),
        page(
          `baseline × ${n}`,
          `<style>${PAGE_CSS}</style>\n<script src="${BASELINE_PATH}"></script>`,
          repeat('<partnership-panel></partnership-panel>') + READY_SCRIPT,
        ),
      );
    pages.set(
      pagePath('prerendered', n),
      page(`prerendered × ${n}`, `<style>${PAGE_CSS}</style>`, repeat(element) + script + READY_SCRIPT),
    );
    pages.set(
      pagePath('prerendered-no-script', n),
      page(`prerendered, no script × ${n}`, `<style>${PAGE_CSS}</style>`, repeat(element) + READY_SCRIPT),
    );
    pages.set(
      pagePath('iframe', n),
      page(
        `iframe × ${n}`,
        `<style>${PAGE_CSS}</style>`,
        repeat(`<iframe src="${EMBED_PATH}" title="${escape(content.title)}"></iframe>`) + READY_SCRIPT,
      ),
    );
  }
  return pages;
}

export const pagePath = (variant, n) => `/bench/${variant}-${n}.html`;

/** Where the late pages load the bundle from: the bench's server answers LATE_MS later. */
export const LATE_PATH = '/bench/late/partnership-panel.js';
export const LATE_MS = 600;

/**
 * A school page with one panel whose script arrives late (LATE_MS), as on a slow connection: `bare`,
 * the one-tag snippet (an empty element); `fallback`, the configurator's snippet (the element holding its
 * plain HTML, `partnership-panel render`'s output). Text above and below, so a shift shows on screen.
 */
export function latePages(plainHtml) {
  const text = (n) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the page around the panel: news, dates and links that a reader may be reading when the script arrives.</p>`,
    ).join('\n');
  const late = (inside) =>
    page(
      'late script',
      `<style>${PAGE_CSS}</style>`,
      `<h1>Family partnerships</h1>\n${text(2)}\n<partnership-panel>${inside}</partnership-panel>\n${text(12)}\n<script src="${LATE_PATH}"></script>`,
    );
  return new Map([
    ['/bench/late-bare.html', late('')],
    ['/bench/late-fallback.html', late(plainHtml)],
  ]);
}

/**
 * Runs in the page once it is ready: the number of tips in each panel, and for iframes whether the
 * embed fits its frame. Each kind is looked up where its variant puts it.
 */
/* global document -- runs in the bench page, through page.evaluate */
export function inspectPanels() {
  const panels = [
    ...[...document.querySelectorAll('article.pp')].map((el) => ({ tips: el.querySelectorAll('.tip').length })),
    ...[...document.querySelectorAll('partnership-panel')].map((el) => ({
      tips: el.shadowRoot ? el.shadowRoot.querySelectorAll('[part~="tip"]').length : 0,
      // A server's card still there: its root keeps the markers Lit's hydration read (a card rendered
      // again in the browser has none).
      serverCard:
        !!el.shadowRoot && [...el.shadowRoot.childNodes].some((n) => n.nodeType === 8 && n.data.startsWith('lit-part')),
    })),
    ...[...document.querySelectorAll('iframe')].map((el) => ({
      tips: el.contentDocument.querySelectorAll('.tip').length,
      fits: el.contentDocument.documentElement.scrollHeight <= el.clientHeight,
    })),
  ];
  return panels;
}
