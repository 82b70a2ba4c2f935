/**
 * The elements' content as markup: one HTML string per element, built with `h`, which escapes every
 * value from the content (built in, or an editor's file or attributes), so it stays text.
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

/** Markup: made only by `h`, so a string from anywhere else can never be taken for one. */
export class Html {
  constructor(readonly text: string) {}
}

const SPECIAL = /[&<>"\r\0]/;
const SPECIALS = /[&<>"\r\0]/g;

const insert = (value: unknown): string => {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(insert).join('');
  const text = String(value);
  // Most text has nothing to escape: finding that out is quicker than rebuilding it.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
};

/**
 * Markup from a template literal (h`<p>${text}</p>`): every value goes in escaped, as text or as a
 * double-quoted attribute value, so nothing in it can open a tag or leave the quotes; only markup made
 * by `h` (or a list of it) goes in as markup.
 */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let text = strings[0];
  values.forEach((value, i) => (text += insert(value) + strings[i + 1]));
  return new Html(text);
}

/** Nothing, where a part of the markup is left out. */
export const none = h``;

/** Lit's form of a template compiled ahead of time: its markup (with no bindings, here) and its parts. */
interface Compiled {
  h: TemplateStringsArray;
  parts: [];
}
const compiled = new Map<string, Compiled>();

/**
 * Markup as a Lit template. One per markup is kept (the last few used), so that Lit parses it once for
 * every element that shows the same and clones it for each.
 * Lit takes a compiled template's markup only as a template strings array, its guard against markup
 * that comes from data; this markup comes from data, escaped by `h`, so it is passed as one.
 */
export function markup({ text }: Html): TemplateResult {
  let type = compiled.get(text);
  if (type) compiled.delete(text);
  else {
    if (compiled.size > 15) compiled.delete(compiled.keys().next().value!);
    type = { h: Object.assign([text], { raw: [text] }), parts: [] };
  }
  compiled.set(text, type);
  return { ['_$litType$']: type, values: [] } as unknown as TemplateResult;
}

/**
 * `build` remembered for each object it is given (content, or a part of it): fifty panels of the same
 * content escape and join its tips once, not fifty times.
 */
function perObject<T extends object>(build: (from: T) => Html): (from: T) => Html {
  const built = new WeakMap<T, Html>();
  return (from) => {
    let made = built.get(from);
    if (!made) built.set(from, (made = build(from)));
    return made;
  };
}

/** Heading levels stop at 6, as HTML's do. */
export const deeper = (level: number, by = 1) => Math.min(level + by, 6);

/**
 * A heading at any level: role="heading" with aria-level is what h1-h6 expose to assistive technology.
 * Its content is text, or an accordion's button.
 */
export const heading = (level: number, content: unknown, kind: string, id: string) =>
  h`<div role="heading" aria-level="${level}" class="h ${kind}-heading" part="heading ${kind}-heading" id="${id}">${content}</div>`;

/** `tel:` keeps only the digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/** A phone link whose accessible name says who is called: "Call CADRE, 541-359-4210". */
const phoneLink = (content: Content, who: string, phone: string) =>
  h`<a class="phone" part="link phone" href="${telHref(phone)}" aria-label="${format(content.labels.call, { name: who, phone })}">${phone}</a>`;

/** A section's tips. */
export const tipList = perObject(
  (tips: readonly string[]) =>
    h`<ul class="tips" part="tips">${tips.map((tip) => h`<li class="tip" part="tip">${tip}</li>`)}</ul>`,
);

/** The introduction's paragraphs. */
export const paragraphs = perObject((texts: readonly string[]) => h`${texts.map((p) => h`<p>${p}</p>`)}`);

/** The resource list: the content's own, then the editor's. */
export function resources(content: Content, items: readonly Resource[], level: number, title?: string): Html {
  const list = items.map((r) => {
    const href = safeLink(r.href);
    return h`<li class="resource" part="resource"><p class="resource-name" part="resource-name">${href ? h`<a part="link" href="${href}">${r.name}</a>` : r.name}</p>${
      r.description ? h`<p class="resource-description">${r.description}</p>` : none
    }${r.phone ? h`<p class="resource-phone">${phoneLink(content, r.shortName ?? r.name, r.phone)}</p>` : none}</li>`;
  });
  return h`<section class="resources" part="resources">${heading(level, title ?? content.resources.heading, 'resources', 'resources-heading')}<ul class="resource-list">${list}</ul></section>`;
}

/** Who wrote the fact sheet, how to reach them, when, and the disclaimer. */
export const footer = perObject((content: Content) => {
  const { publisher } = content;
  return h`<footer class="footer" part="footer"><p>${publisher.contact} ${phoneLink(content, publisher.name, publisher.phone)}</p>${source(
    content,
  )}<p class="disclaimer">${content.disclaimer}</p></footer>`;
});

/** Where the text comes from and when it was published. */
export const source = perObject((content: Content) => {
  const { publisher, published } = content;
  const credit = format(content.labels.source, { publisher: publisher.name, title: content.title });
  return h`<p class="credit" part="credit">${credit}. <time datetime="${published.date}">${published.label}</time>.</p>`;
});
