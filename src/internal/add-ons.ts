import { addLanguage } from '../core/content.js';
import { languagesChanged } from './language.js';

declare global {
  interface Window {
    /** Add-on language scripts (dist/lang/<lang>.js) put their content here, for elements defined later. */
    partnershipPanelLanguages?: unknown[];
  }
  interface DocumentEventMap {
    /** An add-on language script ran: its content is the detail. */
    'partnership-language': CustomEvent<unknown>;
  }
}

/** Where the add-on scripts are: next to this script, in lang/ (read while this script runs). */
let scriptsBase: string | undefined;

/** The address to give for an add-on's script, in a warning: next to the bundle when its address is known. */
export const addOnScript = (lang: string) =>
  scriptsBase ? new URL(`lang/${lang}.js`, scriptsBase).href : `dist/lang/${lang}.js`;

/**
 * Takes the languages of the add-on scripts that ran before the elements were defined (the page's
 * queue), and of any that run later (their event), and re-renders every element when one arrives.
 * Called once, when the tags are defined.
 */
export function acceptAddOnLanguages(): void {
  scriptsBase =
    (document.currentScript as HTMLScriptElement | null)?.src ||
    document.querySelector<HTMLScriptElement>('script[src*="partnership-panel"]:not([src*="/lang/"])')?.src;
  // Not an array (a page's element with that id, say): no add-on ran before; nothing to take.
  const queue = window.partnershipPanelLanguages;
  if (Array.isArray(queue)) queue.forEach(addLanguage);
  document.addEventListener('partnership-language', (event) => {
    if (addLanguage(event.detail)) languagesChanged();
  });
}
