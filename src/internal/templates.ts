/**
 * The parts of the fact sheet that more than one element shows, as Lit templates. Every text from the
 * content (built in, or an editor's file, attributes or child resources) goes in through a binding, so
 * it stays text: Lit's Trusted Types policy only ever sees the templates written here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { english, format, type Content, type Resource } from './content.js';
import { safeLink, telHref } from './urls.js';

/** Heading levels stop at 6, as HTML's do. */
export const deeper = (level: number, by = 1) => Math.min(level + by, 6);

/**
 * A heading at any level: role="heading" with aria-level is what h1-h6 expose to assistive technology,
 * and the level is the editor's choice. Its content is text, or an accordion's button.
 */
export const heading = (level: number, content: unknown, kind: string, id: string) =>
  html`<div role="heading" aria-level=${level} class="h ${kind}-heading" part="heading ${kind}-heading" id=${id}>${content}</div>`;

/**
 * A label with its `{placeholders}` filled by values that may be templates (a name marked with its
 * language): `fill('Source: {publisher}', { publisher: html`…` })`. Unknown placeholders stay as written.
 */
export const fill = (label: string, values: Record<string, unknown>) =>
  label.split(/(\{\w+\})/).map((piece) => {
    const key = /^\{(\w+)\}$/.exec(piece)?.[1];
    return key && Object.hasOwn(values, key) ? values[key] : piece;
  });

/** Text in another language than the content's, marked so that a screen reader says it right. */
export const foreign = (content: Content, text: string, lang: string | undefined) =>
  lang && lang !== content.lang ? html`<span lang=${lang}>${text}</span>` : text;

/**
 * A phone link whose accessible name says who is called: "Call CADRE, 541-359-4210". The number reads
 * left to right in a right-to-left panel too.
 */
const phoneLink = (content: Content, who: string, phone: string) =>
  html`<a class="phone" part="link phone" dir="ltr" href=${telHref(phone)} aria-label=${format(content.labels.call, { name: who, phone })}>${phone}</a>`;

/**
 * A section's tips; past `shown`, the rest are hidden until the reader asks for them. Those past `from`
 * (the limit) can take the focus, for the first newly shown one to have it.
 */
export const tipList = (tips: readonly string[], id: string, shown = Infinity, from = Infinity) =>
  html`<ul class="tips" part="tips" id=${id}>
    ${tips.map((tip, i) => html`<li class="tip" part="tip" ?hidden=${i >= shown} tabindex=${ifDefined(i >= from ? -1 : undefined)}>${tip}</li>`)}
  </ul>`;

/** The introduction's paragraphs. */
export const paragraphs = (texts: readonly string[]) => texts.map((p) => html`<p>${p}</p>`);

/**
 * A resource as a card: its name as a heading, what it does, and what a reader can do about it: a call
 * button ("Call 541-359-4210", a `tel:` link) and its website. The actions' names are what they say;
 * the name of the organisation describes them.
 */
function resourceItem(content: Content, r: Resource, level: number, i: number): TemplateResult {
  const href = safeLink(r.href);
  const { callAction, website } = content.labels;
  // `_` is not in a section id (a-z, 0-9 and -): no section's id can be a card's.
  const id = `resource_${i}`;
  return html`<li class="resource" part="resource">
    <div role="heading" aria-level=${level} class="h resource-name" part="heading resource-name" id=${id} lang=${ifDefined(r.nameLang)}>${r.name}</div>
    ${r.description ? html`<p class="resource-description" part="resource-description">${r.description}</p>` : nothing}
    ${
      r.phone
        ? html`<a class="call" part="link phone call" href=${telHref(r.phone)} aria-describedby=${id}>${fill(callAction!, { phone: html`<span dir="ltr">${r.phone}</span>` })}</a>`
        : nothing
    }
    ${href ? html`<a class="website" part="link website" href=${href} aria-describedby=${id}>${website}</a>` : nothing}
  </li>`;
}

/** The resources as cards: the content's own and the editor's, in the order given. */
export const resources = (content: Content, items: readonly Resource[], level: number, title?: string) =>
  html`<section class="resources" part="resources">
    ${heading(level, title ?? content.resources.heading, 'resources', 'resources-heading')}
    <ul class="resource-list">
      ${items.map((r, i) => resourceItem(content, r, deeper(level), i))}
    </ul>
  </section>`;

/** Where the text comes from (the English fact sheet, by its English title) and when it was published. */
export function source(content: Content): TemplateResult {
  const { publisher, published } = content;
  const credit = fill(content.labels.source, {
    publisher: foreign(content, publisher.name, publisher.nameLang),
    title: foreign(content, english.title, english.lang),
  });
  return html`<p class="credit" part="credit">${credit}. <time datetime=${published.date}>${published.label}</time>.</p>`;
}

/** A translation says so, and of what: "Unofficial translation of “Building Winning Partnerships” (in English)". */
export const translationNotice = (content: Content) =>
  content.labels.translationNotice
    ? html`<p class="translation" part="translation">${fill(content.labels.translationNotice, { title: foreign(content, english.title, english.lang) })}</p>`
    : nothing;

/** Who wrote the fact sheet, how to reach them, when, and the disclaimer. */
export const footer = (content: Content) =>
  html`<footer class="footer" part="footer">
    <p>${content.publisher.contact} ${phoneLink(content, content.publisher.name, content.publisher.phone)}</p>
    ${source(content)}
    <p class="disclaimer">${content.disclaimer}</p>
  </footer>`;
