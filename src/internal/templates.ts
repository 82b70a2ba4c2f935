/**
 * The document's parts (src/core/document.ts) as Lit templates. Every text from the content (built in,
 * or an editor's file, attributes or child resources) goes in through a binding, so it stays text: Lit's
 * Trusted Types policy only ever sees the templates written here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadingNode, PanelDocument, ResourceNode, Run } from '../core/document.js';
import { telHref } from '../core/urls.js';

type HeadingAttributes = { cls: string; part: string; id: string; lang?: string; tabindex?: number; content: unknown };

/**
 * Real headings, h1 to h6, one literal template each (a tag name cannot be a binding).
 */
const LEVELS: ((a: HeadingAttributes) => TemplateResult)[] = [
  (a) =>
    html`<h1 class=${a.cls} part=${a.part} id=${a.id} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${a.content}</h1>`,
  (a) =>
    html`<h2 class=${a.cls} part=${a.part} id=${a.id} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${a.content}</h2>`,
  (a) =>
    html`<h3 class=${a.cls} part=${a.part} id=${a.id} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${a.content}</h3>`,
  (a) =>
    html`<h4 class=${a.cls} part=${a.part} id=${a.id} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${a.content}</h4>`,
  (a) =>
    html`<h5 class=${a.cls} part=${a.part} id=${a.id} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${a.content}</h5>`,
  (a) =>
    html`<h6 class=${a.cls} part=${a.part} id=${a.id} lang=${ifDefined(a.lang)} tabindex=${ifDefined(a.tabindex)}>${a.content}</h6>`,
];

/** The `class` and `part` names of each kind of heading. */
const NAMES: Record<HeadingNode['kind'], string> = {
  title: 'title-heading',
  audience: 'audience-heading',
  section: 'section-heading',
  resources: 'resources-heading',
  today: 'today-heading',
  'resource-name': 'resource-name',
};

/** A heading at its level, holding its text (with its count), or `content` (an accordion's button). */
export function heading(node: HeadingNode, content: unknown = counted(node)): TemplateResult {
  const name = NAMES[node.kind];
  return LEVELS[node.level - 1]({
    // Its look is its rank (how far below the top heading it is): one level, one look.
    cls: `h rank-${node.rank} ${name}`,
    part: `heading ${name}`,
    id: node.id,
    lang: node.lang,
    // A contents entry brings it into view and moves the focus to it.
    tabindex: node.target ? -1 : undefined,
    content,
  });
}

/**
 * The contents list ("On this page"): a link to each heading, which `follow` brings into view and
 * focuses (a fragment link cannot reach into a shadow root). Until the element is `live` (on a server,
 * where no script may follow, and while it takes over a server's card) the entries have no `href`: text.
 */
export const contents = (doc: PanelDocument, follow: (event: Event) => void, live: boolean) =>
  doc.contents
    ? html`<nav class="contents" part="contents" aria-labelledby="_contents">
        <p class="contents-label" id="_contents">${doc.contents.label}</p>
        <ul class="contents-list">
          ${doc.contents.entries.map(
            (e) =>
              html`<li><a class="entry" part="link contents-link" href=${ifDefined(live ? `#${e.target}` : undefined)} @click=${follow}>${e.text}</a>${e.count ? [' ', html`<span class="count" part="count">${e.count}</span>`] : nothing}</li>`,
          )}
        </ul>
      </nav>`
    : nothing;

/** A heading's text with how many tips its section holds: "Build Trust", then "10 tips". */
export const counted = (node: { text: string; count?: string }) =>
  node.count
    ? html`<span class="label">${node.text}</span> <span class="count" part="count">${node.count}</span>`
    : node.text;

/** A line of runs: text, a name in its own language, a date, a phone number. */
export const line = (runs: readonly Run[]) =>
  runs.map((run) => {
    if (typeof run === 'string') return run;
    if (run.kind === 'date') return html`<time datetime=${run.value!}>${run.text}</time>`;
    // A phone link whose accessible name says who is called: "Call CADRE, 541-359-4210". The number
    // reads left to right in a right-to-left panel too.
    if (run.kind === 'phone')
      return html`<a class="phone" part="link phone" dir="ltr" href=${telHref(run.text)} aria-label=${run.value!}>${run.text}</a>`;
    return html`<span lang=${ifDefined(run.lang)} dir=${ifDefined(run.dir)}>${run.text}</span>`;
  });

/** A list of tips; `focusable` ones (held back until asked for) can take the focus, for the first to have it. */
export const tipList = (tips: readonly string[], id: string, focusable = false) =>
  html`<ul class="tips" part="tips" id=${id}>
    ${tips.map((tip) => html`<li class="tip" part="tip" tabindex=${ifDefined(focusable ? -1 : undefined)}>${tip}</li>`)}
  </ul>`;

/** The introduction's paragraphs. */
export const paragraphs = (texts: readonly string[]) => texts.map((p) => html`<p>${p}</p>`);

/**
 * A resource as a card: its name as a heading, what it does, and what a reader can do about it: a call
 * button ("Call 541-359-4210", a `tel:` link) and its website. The actions' names are what they say;
 * the name of the organisation describes them.
 */
function resourceItem(doc: PanelDocument, r: ResourceNode): TemplateResult {
  const { website } = doc.labels;
  const id = r.heading.id;
  return html`<li class="resource" part="resource">
    ${heading(r.heading)}
    ${r.description ? html`<p class="resource-description" part="resource-description">${r.description}</p>` : nothing}
    ${
      r.phone
        ? html`<a class="call" part="link phone call" href=${telHref(r.phone)} aria-describedby=${id}>${line(r.call!)}</a>`
        : nothing
    }
    ${r.href ? html`<a class="website" part="link website" href=${r.href} aria-describedby=${id}>${website}</a>` : nothing}
  </li>`;
}

/** The resources as cards: the content's own and the editor's, in the order given; `lead` under the heading. */
export const resources = (doc: PanelDocument, lead: unknown = nothing) =>
  doc.resources
    ? html`<section class="resources" part="resources">
        ${heading(doc.resources.heading)}${lead}
        <ul class="resource-list">
          ${doc.resources.items.map((r) => resourceItem(doc, r))}
        </ul>
      </section>`
    : nothing;

/** Where the text comes from (the English fact sheet, by its English title) and when it was published. */
export const source = (doc: PanelDocument) => html`<p class="credit" part="credit">${line(doc.credit)}</p>`;

/** A translation says so, and of what: "Unofficial translation of “Building Winning Partnerships” (in English)". */
export const translationNotice = (doc: PanelDocument) =>
  doc.notice ? html`<p class="translation" part="translation">${line(doc.notice)}</p>` : nothing;

/** Who wrote the fact sheet, how to reach them, when, and the disclaimer. */
export const footer = (doc: PanelDocument) =>
  html`<footer class="footer" part="footer">
    <p>${line(doc.contact!)}</p>
    ${source(doc)}
    <p class="disclaimer">${doc.disclaimer}</p>
  </footer>`;
