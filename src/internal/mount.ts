/**
 * Mounting from the script tag alone, for CMSs that strip custom elements:
 * `<script src=".../partnership-panel.js" data-mount="panel" data-audience="families"></script>`
 * puts `<partnership-panel audience="families">` right after the script. Each other data-* attribute
 * that names one of the element's observed attributes (or id, class, title) becomes that attribute;
 * anything else is refused with a warning, so `data-onclick` can never become an event handler.
 * It runs once the tags are defined, and reads the attributes from the defined class.
 */
const MOUNTS = ['panel', 'tips', 'resources'];

function mountOne(script: HTMLScriptElement): void {
  script.dataset.mounted = '';
  const say = (message: string) => console.warn(`<script data-mount>: ${message}`);
  let kind = script.dataset.mount!.trim().toLowerCase();
  if (!MOUNTS.includes(kind)) {
    say(`data-mount=${JSON.stringify(kind)} is not one of ${MOUNTS.join(', ')}; mounting a panel.`);
    kind = 'panel';
  }
  const tag = `partnership-${kind}`;
  const element = document.createElement(tag);
  const allowed = [
    ...((customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? []),
    'id',
    'class',
    'title',
  ];
  for (const { name, value } of script.attributes) {
    const attribute = name.slice(5);
    if (!name.startsWith('data-') || attribute === 'mount' || attribute === 'mounted') continue;
    if (allowed.includes(attribute)) element.setAttribute(attribute, value);
    else say(`${name} is not an attribute of <${tag}>; ignored.`);
  }
  // A script in <head> cannot hold a visible element after it: the element goes first in <body>.
  if (!script.closest('head')) script.after(element);
  else if (document.body) document.body.prepend(element);
  else addEventListener('DOMContentLoaded', () => document.body.prepend(element), { once: true });
}

/**
 * Mounts for the script running now (a classic script knows itself), or, from a module script, which
 * does not know itself and runs once however many tags load it, for every `data-mount` script of ours.
 */
export function mountFromScripts(current: HTMLOrSVGScriptElement | null): void {
  const scripts = current ? [current] : document.querySelectorAll('script[data-mount]');
  for (const script of scripts)
    if (
      script instanceof HTMLScriptElement &&
      script.dataset.mount != null &&
      script.dataset.mounted == null &&
      (current || /partnership-panel[^/]*\.js([?#].*)?$/.test(script.src))
    )
      mountOne(script);
}
