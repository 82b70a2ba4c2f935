/**
 * What the hardening tests check on every rendered element, whatever was thrown at it. Each function
 * returns the list of what is wrong (empty when all is well), so a property can report every
 * problem of one counterexample at once.
 */
import { waitUntil } from '@open-wc/testing';

export type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** Elements that load, run or style something: none may ever appear inside our shadow roots. */
const ACTIVE = [
  'script',
  'img',
  'image',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'link',
  'base',
  'meta',
  'form',
  'input',
  'textarea',
  'select',
  'video',
  'audio',
  'source',
  'picture',
  'noscript',
  'template',
  'use',
];
/** The only link schemes the README allows. */
export const SAFE_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'];
/** Attributes holding a URL that a browser would follow or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'data', 'ping'];

/** Every element inside a shadow root, nested shadow roots included. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** Shown: not hidden, nor folded away in a closed disclosure. */
const shown = (el: Element) => el.checkVisibility();

/** The tips a reader sees: list tips not hidden, plus the tip of the day. */
export const visibleTips = (host: Element) =>
  [...host.shadowRoot!.querySelectorAll('[part~="tip"], [part~="today-tip"]')].filter(shown);

export const resourceItems = (host: Element) => [...host.shadowRoot!.querySelectorAll('[part~="resource"]')];

/**
 * The markup is ours alone: no active element, no event-handler attribute, and every URL attribute
 * an http(s), tel: or mailto: address (so never javascript:, data: or vbscript:).
 */
export function markupProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of allElements(root)) {
    if (ACTIVE.includes(el.localName)) problems.push(`a <${el.localName}> element is in the shadow root`);
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name))
        problems.push(`<${el.localName} ${name}="${value.slice(0, 40)}"> has an event-handler attribute`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
        let scheme = '(unparsable)';
        try {
          scheme = new URL(value, document.baseURI).protocol;
        } catch {
          /* reported below */
        }
        if (!SAFE_SCHEMES.includes(scheme))
          problems.push(`<${el.localName} ${name}="${value.slice(0, 60)}"> is not an http(s), tel: or mailto: link`);
      }
    }
  }
  for (const a of root.querySelectorAll('a[href^="tel:" i]')) {
    const digits = (a.getAttribute('href')!.match(/\d/g) ?? []).length;
    if (digits < 3)
      problems.push(
        `<a href="${a.getAttribute('href')}"> is a phone link with ${digits} digit(s): nothing anyone can call`,
      );
  }
  return problems;
}

/**
 * A whole, sound element: one card, tips a reader can see (panel, tips), at least one resource
 * (resources, given `minResources`), and nothing but our own markup.
 */
export function renderProblems(host: Element, options: { minResources?: number } = {}): string[] {
  const root = host.shadowRoot;
  if (!root) return ['no shadow root'];
  const problems: string[] = [];
  const cards = root.querySelectorAll('[part~="panel"]');
  if (cards.length !== 1) problems.push(`${cards.length} cards ([part~="panel"]) instead of one`);
  if (host.localName !== 'partnership-resources') {
    const tips = [...root.querySelectorAll('[part~="tip"], [part~="today-tip"]')];
    // A closed accordion folds its tips behind disclosures a reader can open: that is not a blank card.
    const closed = [...root.querySelectorAll('details:not([open]) > summary')].filter(shown);
    if (!tips.length) problems.push('no tip at all in the card');
    else if (!visibleTips(host).length && !closed.length) problems.push('no tip is shown, and no disclosure shows any');
    if (tips.some((t) => !t.textContent!.trim())) problems.push('a tip is empty');
  }
  const minResources = options.minResources ?? (host.localName === 'partnership-resources' ? 1 : 0);
  if (resourceItems(host).length < minResources)
    problems.push(`${resourceItems(host).length} resources shown, expected at least ${minResources}`);
  problems.push(...markupProblems(root));
  return problems;
}

/** Fails with every problem listed, under `context` (what was thrown at the element). */
export function assertNone(problems: string[], context: string): void {
  if (!problems.length) return;
  const error = new Error(`${context}\n  - ${problems.join('\n  - ')}`);
  // Firefox's stacks leave the message out, and fast-check reports the stack.
  if (!String(error.stack).includes(error.message)) error.stack = `Error: ${error.message}\n${error.stack}`;
  throw error;
}

/** Uncaught errors and unhandled promise rejections while it is on. */
export function watchErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(`unhandled rejection: ${e.reason instanceof Error ? e.reason.message : String(e.reason)}`);
    e.preventDefault();
  };
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Yields to the event loop once. A MessageChannel message, not setTimeout: Firefox throttles timers
 * in a background tab (test files run two at a time) to one a second, and messages it does not.
 */
export const tick = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

/**
 * Waits until an image asked for now has failed to load. An <img> that a payload had injected would have
 * asked for its (missing) address earlier, from the same server, so its onerror would have run by then.
 */
export const imagesSettled = () =>
  new Promise<void>((resolve) => {
    const img = new Image();
    img.onerror = img.onload = () => resolve();
    img.src = `/__test/missing.json?fence=${Math.random()}`;
  });

/** Waits for the element's update, then a few turns of the event loop for anything it started. */
export async function settle(el: Host, rounds = 2): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < rounds; i++) {
    await tick();
    await el.updateComplete;
  }
}

/** Waits until `done()` holds; fails after `ms`. */
export const until = (done: () => boolean, what: string, ms = 5000): Promise<void> =>
  waitUntil(done, `waited ${ms / 1000} s until ${what}`, { interval: 10, timeout: ms });
