/**
 * Templates the elements share. They take content as data and never build markup from strings:
 * every text goes through Lit's text bindings.
 */
import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { format, type Content, type Resource } from './content.js';
import { safeLink } from './urls.js';

const rendered = new WeakMap<object, Map<string, HTMLElement>>();

/**
 * A copy of the DOM of a template that binds no events and depends only on `content` and `key`. The
 * template is rendered once per page; every other element that shows the same gets a native clone,
 * so fifty panels on a page pay for one render of the tips and 49 cloneNode calls. A few keys are
 * kept per content (a live preview that changes the heading at every key stroke does not grow it).
 */
export function copyOf(content: object, key: string, template: () => TemplateResult): Node[] {
  let byKey = rendered.get(content);
  if (!byKey) rendered.set(content, (byKey = new Map()));
  let original = byKey.get(key);
  if (!original) {
    if (byKey.size > 15) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, (original = document.createElement('div')));
    render(template(), original);
  }
  return [...original.cloneNode(true).childNodes];
}

/**
 * A section's tips as one <ul>, built with DOM calls rather than a template per tip: a panel shows 24
 * tips, and on first render a template instance per tip (a clone, a walk for its bindings, two markers
 * in the list) costs more than the element itself. Each tip goes in as text. Tips from `shown` on are
 * hidden (the limit, until "Show all tips").
 */
export function tipList(tips: readonly string[], shown: number): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'tips';
  list.setAttribute('part', 'tips');
  tips.forEach((tip, i) => {
    const item = list.appendChild(document.createElement('li'));
    item.className = 'tip';
    item.setAttribute('part', 'tip');
    if (i >= shown) item.hidden = true;
    item.textContent = tip;
  });
  return list;
}

/** Heading levels stop at 6, as HTML's do. */
export const deeper = (level: number, by = 1) => Math.min(level + by, 6);

/**
 * A heading at any level from one template: role="heading" with aria-level is what h1-h6 expose to
 * assistive technology, without a template per level. Its content is text, or an accordion's button.
 */
export function heading(level: number, text: unknown, kind: string, id: string): TemplateResult {
  return html`<div role="heading" aria-level=${level} class="h ${kind}-heading" part="heading ${kind}-heading" id=${id}>${text}</div>`;
}

/** `tel:` keeps only the digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/** A phone link whose accessible name says who is called: "Call CADRE, 541-359-4210". */
export function phoneLink(content: Content, who: string, phone: string): TemplateResult {
  return html`<a
    class="phone"
    part="link phone"
    href=${telHref(phone)}
    aria-label=${format(content.labels.call, { name: who, phone })}
    >${phone}</a
  >`;
}

/** The resource list: the content's own, then the editor's. */
export function resources(content: Content, items: readonly Resource[], level: number, title?: string): TemplateResult {
  return html`<section class="resources" part="resources">
    ${heading(level, title ?? content.resources.heading, 'resources', 'resources-heading')}
    <ul class="resource-list">
      ${items.map((r) => {
        const href = safeLink(r.href);
        return html`<li class="resource" part="resource">
          <p class="resource-name" part="resource-name">${href ? html`<a part="link" href=${href}>${r.name}</a>` : r.name}</p>
          ${r.description ? html`<p class="resource-description">${r.description}</p>` : nothing}
          ${r.phone ? html`<p class="resource-phone">${phoneLink(content, r.shortName ?? r.name, r.phone)}</p>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** Who wrote the fact sheet, how to reach them, when, and the disclaimer. */
export function footer(content: Content): TemplateResult {
  const { publisher } = content;
  return html`<footer class="footer" part="footer">
    <p>${publisher.contact} ${phoneLink(content, publisher.name, publisher.phone)}</p>
    ${source(content)}
    <p class="disclaimer">${content.disclaimer}</p>
  </footer>`;
}

/** Where the text comes from and when it was published. */
export function source(content: Content): TemplateResult {
  const { publisher, published } = content;
  const credit = format(content.labels.source, { publisher: publisher.name, title: content.title });
  return html`<p class="credit" part="credit">${credit}. <time datetime=${published.date}>${published.label}</time>.</p>`;
}
