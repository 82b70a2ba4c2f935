// Written by scripts/content.mjs from content/*.json (npm run build). Do not edit.
import lang_en from '../../content/en.json' with { type: 'json' };
import lang_es from '../../content/es.json' with { type: 'json' };

export const languages = { en: lang_en, es: lang_es };
