/** Helpers the browser tests share. */
import en from '../content/en.json' with { type: 'json' };
import es from '../content/es.json' with { type: 'json' };
import { render, type TemplateResult } from 'lit/html.js';
import type { Content } from '../src/core/content.js';

export const english = en as Content;
export const spanish = es as Content;

/** Every tip of a content file, in reading order. */
export const allTips = (c: Content) => c.audiences.flatMap((a) => a.sections.flatMap((s) => s.tips));

/** The texts of the rendered tips. */
export const renderedTips = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="tip"]')].map((li) => li.textContent!.trim());

/** Rendered text with white space folded. */
export const textOf = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ').trim();

export const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
    level: Number(h.localName.slice(1)),
    text: h.textContent!.trim(),
  }));

/** Records console.warn while a test runs; call restore() (afterEach) to put it back. */
export function captureWarnings() {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => void (console.warn = original) };
}

const placed: HTMLElement[] = [];
afterEach(() => placed.splice(0).forEach((host) => host.remove()));

/**
 * Renders markup that wraps the elements (a `lang` or `dir` ancestor, several elements) and waits for
 * every element in it to render. Unlike fixture() on a plain wrapper, it waits on the elements' own
 * updateComplete and not on an animation frame, which a background test page may never get.
 */
export async function placeFixture<T extends HTMLElement = HTMLElement>(template: TemplateResult): Promise<T> {
  const host = document.createElement('div');
  document.body.append(host);
  placed.push(host);
  render(template, host);
  for (const el of host.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*'))
    await customElements.whenDefined(el.localName).then(
      () => el.updateComplete,
      () => undefined,
    );
  return host.firstElementChild as T;
}

/** The built one-tag bundle. */
export const BUNDLE = '/dist/partnership-panel.js';

export interface BundlePage {
  win: Window & typeof globalThis & { warnings: string[]; errors: string[] };
  doc: Document;
  frame: HTMLIFrameElement;
}

/**
 * A fresh page in an iframe (its own custom element registry) holding `body`, whose console warnings
 * and errors are recorded from its first script on; resolves once its elements have rendered.
 */
export async function bundlePage(body: string): Promise<BundlePage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const recorder = `<script>
    window.warnings = []; window.errors = [];
    console.warn = (...a) => warnings.push(a.join(' '));
    console.error = (...a) => errors.push(a.join(' '));
    addEventListener('error', (e) => errors.push(String(e.message)));
  </script>`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${recorder}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as BundlePage['win'];
  await win.customElements.whenDefined('partnership-panel');
  for (const el of win.document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
    'partnership-panel, partnership-tips, partnership-resources',
  ))
    await el.updateComplete;
  return { win, doc: win.document, frame };
}

/** The accordion's disclosures: each section's summary, which holds its heading. */
export const disclosures = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('details.section-details > summary'),
];

/** Whether the disclosure a summary opens is open. */
export const isOpen = (summary: Element) => (summary.parentElement as HTMLDetailsElement).open;

/**
 * Does `act` (a click, a key) to a summary, then waits for its disclosure's toggle event, which the
 * browser sends a task later, and for the element to render what it made of it.
 */
export async function toggled(
  el: Element & { updateComplete: Promise<unknown> },
  summary: Element,
  act?: () => unknown,
) {
  const details = summary.parentElement as HTMLDetailsElement;
  const toggle = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  await (act ?? (() => (summary as HTMLElement).click()))();
  await toggle;
  await el.updateComplete;
}

/** The tips a reader can see: rendered, and not folded away in a closed disclosure. */
export const visibleTips = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tip"]')]
    .filter((li) => li.checkVisibility())
    .map((li) => li.textContent!.trim());
