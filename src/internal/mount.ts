/**
 * Mounting from the script tag alone, for CMSs that strip custom elements:
 * `<script src=".../partnership-panel.js" data-mount="panel" data-audience="families"></script>`
 * puts `<partnership-panel audience="families">` right after the script. Each other data-* attribute
 * that names one of the elements' attributes becomes that attribute; anything else is refused with a
 * warning (so `data-onclick` can never become an event handler).
 */
const MOUNTS = ['panel', 'tips', 'resources'];
const ATTRIBUTES = [
  'audience', 'sections', 'heading', 'heading-level', 'lang', 'dir', 'src', 'theme', 'accent', 'layout', 'open',
  'limit', 'tip-of-the-day', 'no-resources', 'no-default-resources', 'id', 'class', 'title',
];
const OURS = /partnership-panel[^/]*\.js(?:[?#].*)?$/;

function mountOne(script: HTMLScriptElement): void {
  script.dataset.mounted = '';
  const kind = script.dataset.mount!.trim().toLowerCase();
  const tag = `partnership-${MOUNTS.includes(kind) ? kind : 'panel'}`;
  const say = (message: string) => console.warn(`<script data-mount>: ${message}`);
  if (!MOUNTS.includes(kind)) say(`data-mount=${JSON.stringify(kind)} is not one of ${MOUNTS.join(', ')}; mounting a panel.`);
  const element = document.createElement(tag);
  for (const { name, value } of [...script.attributes]) {
    if (!name.startsWith('data-') || name === 'data-mount' || name === 'data-mounted') continue;
    const attribute = name.slice(5);
    if (ATTRIBUTES.includes(attribute)) element.setAttribute(attribute, value);
    else say(`${name} is not an attribute of <${tag}>; ignored.`);
  }
  // A script in <head> cannot hold a visible element after it: put it first in <body> instead.
  if (script.closest('head')) {
    const place = () => document.body.prepend(element);
    if (document.body) place();
    else document.addEventListener('DOMContentLoaded', place, { once: true });
  } else script.after(element);
}

/**
 * Mounts for the script running now (a classic script knows itself) and for every not yet mounted
 * `data-mount` script of ours already in the page (a module script does not know itself, and runs
 * once however many tags load it).
 */
export function mountFromScripts(current: Element | null): void {
  const scripts = new Set<HTMLScriptElement>();
  if (current instanceof HTMLScriptElement && current.dataset.mount !== undefined) scripts.add(current);
  if (!current)
    for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-mount]'))
      if (OURS.test(script.src)) scripts.add(script);
  for (const script of scripts) if (script.dataset.mounted === undefined) mountOne(script);
}
