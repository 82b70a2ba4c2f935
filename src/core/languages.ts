// Written by scripts/content.mjs from content/*.json (npm run build). Do not edit.
import lang_en from '../../content/en.json' with { type: 'json' };
import lang_es from '../../content/es.json' with { type: 'json' };

/** The languages the one-tag bundle carries. */
export const languages = { en: lang_en, es: lang_es };
/** The languages that come as add-on scripts, dist/lang/<lang>.js. */
export const addOns = ['ar', 'fr', 'ne', 'sw', 'vi', 'zh'];
