/**
 * The elements' content as markup: one HTML string per element, in which every text and attribute
 * value from the content (built in, or an editor's file or attributes) is escaped, so it stays text.
 * The browser's own HTML parser turns it into DOM once per page (see `markup`), and every element that
 * shows the same gets a clone of that. Building the same DOM node by node through template bindings
 * took a first render about four times as long, on a widget meant to cost little more than the same
 * content written as plain HTML. Lit renders the card around it (partnership-element.ts).
 */
import type { TemplateResult } from 'lit/html.js';
import { format, type Content, type Resource } from './content.js';
import { safeLink } from './urls.js';

// What HTML needs escaped in text and in double-quoted attribute values (every attribute here is
// double-quoted, so an apostrophe, frequent in the text, is left as it is). A carriage return goes in as
// a reference, since the parser would make it a line feed; U+0000 cannot go in at all (the parser drops
// it from text), and shows as U+FFFD, as it does in any HTML page.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\0': '\uFFFD',
};

/** Text for markup, as text or a double-quoted attribute value: nothing in it can open a tag or leave the quotes. */
export const esc = (text: unknown): string => String(text).replace(/[&<>"\r\0]/g, (c) => ESCAPES[c]!);

/** Lit's form of a template compiled ahead of time: its markup (with no bindings, here) and its parts. */
interface Compiled {
  h: TemplateStringsArray;
  parts: [];
}
const compiled = new Map<string, Compiled>();

/**
 * Markup built by this module, as a Lit template. One per markup is kept (a few at most), so
 * that Lit parses it once for every element that shows the same, clones it for each, and leaves the
 * DOM be when an element renders the same again (a toggled section changes no markup: see
 * TipsElement's `updated`).
 * Lit takes a compiled template's markup only as a template strings array, its guard against markup
 * that comes from data; this markup comes from data, escaped, so it is passed as one.
 */
export function markup(html: string): TemplateResult {
  let type = compiled.get(html);
  if (!type) {
    if (compiled.size > 15) compiled.delete(compiled.keys().next().value!);
    compiled.set(html, (type = { h: Object.assign([html], { raw: [html] }), parts: [] }));
  }
  return { ['_$litType$']: type, values: [] } as unknown as TemplateResult;
}

/**
 * `build` remembered for each object it is given (content, or a part of it): fifty panels of the same
 * content escape and join its tips once, not fifty times.
 */
function perObject<T extends object>(build: (from: T) => string): (from: T) => string {
  const built = new WeakMap<T, string>();
  return (from) => {
    let text = built.get(from);
    if (text === undefined) built.set(from, (text = build(from)));
    return text;
  };
}

/** Heading levels stop at 6, as HTML's do. */
export const deeper = (level: number, by = 1) => Math.min(level + by, 6);

/**
 * A heading at any level: role="heading" with aria-level is what h1-h6 expose to assistive technology.
 * Its content is markup: escaped text, or an accordion's button.
 */
export const heading = (level: number, inner: string, kind: string, id: string) =>
  `<div role="heading" aria-level="${level}" class="h ${kind}-heading" part="heading ${kind}-heading" id="${esc(id)}">${inner}</div>`;

/** `tel:` keeps only the digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/** A phone link whose accessible name says who is called: "Call CADRE, 541-359-4210". */
const phoneLink = (content: Content, who: string, phone: string) =>
  `<a class="phone" part="link phone" href="${esc(telHref(phone))}" aria-label="${esc(format(content.labels.call, { name: who, phone }))}">${esc(phone)}</a>`;

/** A section's tips. */
export const tipList = perObject(
  (tips: readonly string[]) =>
    `<ul class="tips" part="tips">${tips.map((tip) => `<li class="tip" part="tip">${esc(tip)}</li>`).join('')}</ul>`,
);

/** The introduction's paragraphs. */
export const paragraphs = perObject((texts: readonly string[]) => texts.map((p) => `<p>${esc(p)}</p>`).join(''));

/** The resource list: the content's own, then the editor's. */
export function resources(content: Content, items: readonly Resource[], level: number, title?: string): string {
  const list = items.map((r) => {
    const href = safeLink(r.href);
    const name = href ? `<a part="link" href="${esc(href)}">${esc(r.name)}</a>` : esc(r.name);
    return (
      `<li class="resource" part="resource"><p class="resource-name" part="resource-name">${name}</p>` +
      (r.description ? `<p class="resource-description">${esc(r.description)}</p>` : '') +
      (r.phone ? `<p class="resource-phone">${phoneLink(content, r.shortName ?? r.name, r.phone)}</p>` : '') +
      '</li>'
    );
  });
  return (
    `<section class="resources" part="resources">` +
    heading(level, esc(title ?? content.resources.heading), 'resources', 'resources-heading') +
    `<ul class="resource-list">${list.join('')}</ul></section>`
  );
}

/** Who wrote the fact sheet, how to reach them, when, and the disclaimer. */
export const footer = perObject((content: Content) => {
  const { publisher } = content;
  return (
    `<footer class="footer" part="footer"><p>${esc(publisher.contact)} ${phoneLink(content, publisher.name, publisher.phone)}</p>` +
    `${source(content)}<p class="disclaimer">${esc(content.disclaimer)}</p></footer>`
  );
});

/** Where the text comes from and when it was published. */
export const source = perObject((content: Content) => {
  const { publisher, published } = content;
  const credit = format(content.labels.source, { publisher: publisher.name, title: content.title });
  return `<p class="credit" part="credit">${esc(credit)}. <time datetime="${esc(published.date)}">${esc(published.label)}</time>.</p>`;
});
