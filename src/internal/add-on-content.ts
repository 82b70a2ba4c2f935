// Written by scripts/content.mjs from content/*.json (npm run build). Do not edit.
import lang_ar from '../../content/ar.json' with { type: 'json' };
import lang_fr from '../../content/fr.json' with { type: 'json' };
import lang_ne from '../../content/ne.json' with { type: 'json' };
import lang_sw from '../../content/sw.json' with { type: 'json' };
import lang_vi from '../../content/vi.json' with { type: 'json' };
import lang_zh from '../../content/zh.json' with { type: 'json' };

/** The add-on languages' content, for rendering on a server (the browser gets each as a script). */
export const addOnContent: unknown[] = [lang_ar, lang_fr, lang_ne, lang_sw, lang_vi, lang_zh];
