// The configurator (demo/configurator.html): a form for every attribute of the three elements, a live
// preview, and the snippet to paste. Plain JavaScript with no build step of its own: the widget's rules
// (the attribute data, configure(), the accent's, phone and link rules, the content's sections) come
// from dist/configurator-kit.js, which `npm run build` writes, so it copies none of them. It runs from
// any static host after the build, and under the demo server's strict Content-Security-Policy:
//   - no inline scripts or styles: this file and configurator.css are loaded by URL;
//   - Trusted Types (`require-trusted-types-for 'script'`): no innerHTML, no DOMParser (both need
//     TrustedHTML, and only the widget's own "lit-html" policy may exist). The DOM is built with
//     createElement and textContent, and a pasted snippet is read by the small tokenizer below;
//   - colours are read through the CSSOM (element.style), which style-src 'self' allows.
//
// The integrity hash comes from dist/integrity.json, which `npm run build` writes next to the bundle
// (scripts/sri.mjs). It is fetched, so the page's CSP must allow `connect-src 'self'`; where it does not
// (or the file is missing), the snippet is still made, without the integrity attribute, and the page
// says why. A browser cannot hash a script it loaded, and computing it here would need the same fetch.

import {
  ATTRIBUTES,
  BACKGROUNDS,
  PHONE,
  RESOURCE_FIELDS,
  SECTIONS,
  TAGS,
  WHITE,
  accentPalette,
  configure,
  contrast,
  defaultHeading,
  english,
  fetchableUrl,
  languageKey,
  plainHtml,
  safeLink,
  toRgb,
} from '../dist/configurator-kit.js';

const $ = (id) => document.getElementById(id);

/** The attribute rules (src/core/attributes.ts) by attribute name. */
const RULES = Object.fromEntries(ATTRIBUTES.map((rule) => [rule.name, rule]));
/** An attribute's default, as the form holds it (a keyword, or a number's text). */
const defaultOf = (name) => RULES[name].default;

/**
 * One attribute's value as an element reads it, by configure() (src/core/configure.ts) for an element
 * that takes it, with the built-in content: the value it uses, and its problem with the value ('' when
 * none). The form's errors and a pasted snippet's notes ask it, rather than check values themselves.
 */
function readAttribute(name, value) {
  const rule = RULES[name];
  const { config, problems } = configure(rule.elements[0], { [name]: value }, english);
  const problem = problems.find((p) => p.attribute === name)?.message ?? '';
  return { value: config[rule.property], problem: problem.replace(/\.$/, '') };
}

/**
 * The languages: the bundle's two, then the add-on scripts (dist/lang/<code>.js). `reviewed` is the
 * `translation.reviewed` of content/<code>.json (test/node/configurator.test.mjs keeps them equal).
 * Kept by hand: the bundle and the kit strip each content's translation record, which `reviewed` needs.
 */
const LANGUAGES = {
  en: { addOn: false, reviewed: null },
  es: { addOn: false, reviewed: false },
  ar: { addOn: true, reviewed: false },
  fr: { addOn: true, reviewed: false },
  ne: { addOn: true, reviewed: false },
  sw: { addOn: true, reviewed: false },
  vi: { addOn: true, reviewed: false },
  zh: { addOn: true, reviewed: false },
};
const LANGS = Object.keys(LANGUAGES);

/** What a reader of the chosen language gets, for the hint under the choice. */
function languageStatus(code) {
  const language = LANGUAGES[code];
  if (!language) return "The page's language is used unless you choose one here.";
  if (language.reviewed === null) return 'The fact sheet as Vermont Family Network wrote it.';
  const status = language.reviewed
    ? 'Translation reviewed by a native speaker'
    : 'Unofficial translation, not yet reviewed by a native speaker';
  return `${status}; the panel says it is a translation.${language.addOn ? ' It needs a second script, which the snippet includes.' : ''}`;
}

const cdnBase = (v) => `https://cdn.jsdelivr.net/npm/partnership-panel@${v}/dist/`;
const CDN_PATTERN = /^https:\/\/cdn\.jsdelivr\.net\/npm\/partnership-panel@[^/]+\/dist\/$/;

/** The version: of the bundle this page loaded, then of dist/integrity.json once read. */
let version = customElements.get(TAGS.panel)?.version ?? null;
/** sha384-… of the pinned file, or null while unknown. */
let integrity = null;
/** dist/integrity.json as read: every pinned file's hash, the add-on languages' too. */
let integrityFiles = {};
let integrityNote = 'Reading the integrity hash from dist/integrity.json…';
let previewKey = null;

const pinnedName = () => (version ? `partnership-panel-${version}.js` : 'partnership-panel.js');

// ---------------------------------------------------------------------------------------------------
// Small helpers

/** Escapes a value for a double-quoted HTML attribute. */
function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold (named: the common ones). */
function decodeEntities(value) {
  return value.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Puts a message in a live region; clearing it first lets the same message be announced again. */
function say(region, message) {
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}

/** Shows (or clears) the error of a field, marking its controls invalid for assistive technology. */
/**
 * Shows (or clears) the error of a field, marking its controls invalid for assistive technology. `fix`,
 * a corrected value, adds a button that puts it in the first control. The message is written only when
 * it changes, so the same value is not announced or redrawn again.
 */
function showError(errorElement, controls, message, fix = null) {
  for (const control of controls) {
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
  const key = message ? `${message}\n${fix ?? ''}` : '';
  if ((errorElement.dataset.shown ?? '') === key) return;
  errorElement.dataset.shown = key;
  errorElement.textContent = message || '';
  errorElement.hidden = !message;
  if (message && fix) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'conf-button conf-fix';
    button.dataset.fixFor = controls[0].id;
    button.dataset.fix = fix;
    button.textContent = `Use ${fix}`;
    errorElement.append(' ', button);
  }
}

/**
 * A web address typed without its scheme (example.org/help, www.example.org), with https:// put in
 * front; null for anything else (a scheme such as javascript: is never "fixed").
 */
function httpsFix(value) {
  const v = value.trim().replace(/^\/\/(?=[^/])/, '');
  if (!v || /\s/.test(v) || (/^[a-z][a-z0-9+.-]*:/i.test(v) && !/^[^/:]+\.[a-z]{2,}:\d/i.test(v))) return null;
  let url;
  try {
    url = new URL(`https://${v}`);
  } catch {
    return null;
  }
  return /^[^.]+(\.[^.]+)*\.[a-z]{2,}$/i.test(url.hostname) && !url.username ? `https://${v}` : null;
}

const checkedValue = (name) => document.querySelector(`input[name="${name}"]:checked`)?.value;

function setRadio(name, value) {
  const radio = document.querySelector(`input[name="${name}"][value="${value}"]`);
  if (radio) radio.checked = true;
}

// ---------------------------------------------------------------------------------------------------
// Colour: read by the browser as the elements read it, judged by the elements' own rules (the kit's
// toRgb and accentPalette, src/internal/color.ts and src/core/color.ts).

/**
 * Any CSS colour as opaque sRGB bytes, or null when it is not one, read through the probe at the end of
 * the page. A custom property (var(--brand)) is the configurator's own exception: an element reads it
 * on the editor's page, where it is defined, but on this page it is not, so it cannot be read here.
 */
const colourOf = (value) => (/var\(/i.test(value) ? null : toRgb(value, $('color-probe')));

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const ratio = (n) => `${(Math.floor(n * 10) / 10).toFixed(1)}:1`;

// ---------------------------------------------------------------------------------------------------
// Checks, in words an editor understands. Each returns an error message, or '' when the value is fine.

/**
 * Checks the accent: an error when it is not a colour (it is left out), else advice for each card the
 * theme can show (light, dark, or both for `auto`). The widget keeps every text readable whatever the
 * colour, and the advice follows its very rule (src/core/color.ts, accentPalette): white text on the
 * title band where white reaches 4.5:1, else black; links in the accent where it reaches 4.5:1 on the
 * card, else in the text colour; bullets and rules in the accent where it reaches 3:1. So the advice is
 * a warning, never an error: a colour too light for the light card is advised to be darker, one too
 * dark for the dark card lighter. The widget's own blues (#0b5cad light, #8cc4ff dark) get none. A
 * plain panel (variant="plain") has no card: the colour fills only its call buttons, which the tips
 * alone do not have.
 */
function checkAccent(value, theme, variant, element) {
  if (!value) return { error: '', advice: [], use: false };
  const rgb = colourOf(value);
  if (!rgb)
    return {
      error: /var\(/i.test(value)
        ? `“${value}” uses a CSS variable of your page, which the configurator cannot read. Use the colour itself, such as #7a1f5c, or a name such as purple.`
        : `“${value}” is not a colour a browser knows. Use a colour code such as #7a1f5c, or a name such as purple.`,
      advice: [],
      use: false,
    };
  // The card backgrounds the theme shows: its own, or both for `auto`.
  const cards = Object.hasOwn(BACKGROUNDS, theme) ? [theme] : Object.keys(BACKGROUNDS);
  const plain = variant === 'plain';
  const advice = [];
  for (const card of cards) {
    // What the element does with the colour on this card: its palette (white or black text on the
    // accent, links and marks in the accent or in the text colour), and the colour's contrast there.
    const { palette, whiteText, onBackground: c } = accentPalette(value, rgb, card === 'dark', plain);
    const links = palette['--_link'] === value;
    const marks = palette['--_mark'] === value ? '' : ', and the bullets and rules too';
    const who = theme === 'auto' ? `For readers in ${card} mode: on` : 'On';
    if (plain) {
      // Its links and marks are the page's text colour whatever the accent; on the call buttons, black
      // text on a light accent is the dark theme's own look, as on the card.
      if (card === 'light' && !whiteText && element !== 'tips')
        advice.push(
          `${who} a plain panel this colour fills the call buttons, and white text on it is ${ratio(contrast(rgb, WHITE))}, under the 4.5:1 text needs. ` +
            'The widget still keeps the text readable: it puts black text on the buttons. ' +
            'Choose a darker colour to keep white text on them.',
        );
      continue;
    }
    if (card === 'light' && (!whiteText || !links)) {
      const does = [
        ...(whiteText ? [] : ['puts black text on the title band']),
        ...(links ? [] : [`shows links in the text colour${marks}`]),
      ];
      advice.push(
        `${who} the light card this colour is too light: ${ratio(c)} against its white, under the 4.5:1 text needs. ` +
          `The widget still keeps the text readable: it ${does.join(' and ')}. ` +
          'Choose a darker colour to keep white text on the band and links in your colour.',
      );
    } else if (card === 'dark' && !links)
      // The dark card's band is a dark tint under the text colour; black text on a light accent (its call
      // buttons) is the dark theme's own look, as on its light blue: no advice for that.
      advice.push(
        `${who} the dark card this colour is too dark: ${ratio(c)} against its background (${hex(BACKGROUNDS.dark)}), under the 4.5:1 text needs. ` +
          `The widget still keeps the text readable: it shows links in the text colour${marks}. ` +
          'Choose a lighter colour to keep links in your colour.',
      );
  }
  return { error: '', advice, use: true };
}

/** Shows the accent's advice (a warning: the value is used); rewritten only when it changes. */
function showAdvice(box, advice) {
  const text = advice.join('\n');
  if (box.dataset.shown === text) return;
  box.dataset.shown = text;
  box.replaceChildren(
    ...advice.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
  box.hidden = !advice.length;
}

// The number fields: a value the element would refuse (configure()'s problem) is an error, told in the
// field's words. Text a number field cannot hold (badInput) never reaches its value: it is told apart.

function checkHeadingLevel(input) {
  const { min, max } = RULES['heading-level'];
  const v = input.value.trim();
  if (input.validity.badInput) return `The heading level must be a whole number from ${min} to ${max}.`;
  if (!v || !readAttribute('heading-level', v).problem) return '';
  return `The heading level must be a whole number from ${min} to ${max}; “${v}” is not. Until it is, the panel uses ${defaultOf('heading-level')}.`;
}

function checkLimit(input) {
  const { min, max } = RULES.limit;
  const v = input.value.trim();
  if (input.validity.badInput) return 'The limit must be a whole number such as 3. Leave it empty to show every tip.';
  if (!v || !readAttribute('limit', v).problem) return '';
  if (/^\d+$/.test(v) && Number(v) > max) return `The limit can be at most ${max}. Leave it empty to show every tip.`;
  return `The limit must be a whole number of ${min} or more, such as 3; “${v}” is not. Leave it empty to show every tip.`;
}

/** A full address (with its scheme), as the editor's page needs: a relative one would be resolved against this page. */
function fullUrl(value) {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function checkContentUrl(value) {
  if (!value) return '';
  const url = fullUrl(value);
  if (!url)
    return `“${value}” is not a full web address. Write it out, starting with https://, such as https://example.org/our-tips.json.`;
  // The element's own rule for what it may fetch (src/core/urls.ts).
  if (!fetchableUrl(value))
    return `The content file must be on the web: its address must start with https:// (or http://), not ${url.protocol}.`;
  return '';
}

function checkBase(value) {
  if (!value) return 'Enter the folder the script is loaded from, such as the CDN address above or /js/.';
  if (/^(\/|\.\.?\/)/.test(value)) return '';
  let url;
  try {
    url = new URL(value);
  } catch {
    return `“${value}” is not a web address. Start it with https://, or with / for a folder on your own site.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `The script must be loaded from a web address (https://), not ${url.protocol}.`;
  return '';
}

function checkPhone(value) {
  if (!value || PHONE.test(value)) return '';
  return `“${value}” is not a phone number. Use digits, with spaces, dashes, dots or brackets if you like, such as 802-555-0100 or (802) 555-0100.`;
}

function checkLink(value) {
  if (!value) return '';
  // The element's own rule for the links it renders (src/core/urls.ts safeLink), for a full address.
  if (fullUrl(value) && safeLink(value)) return '';
  return 'A link must start with https:// (a web page), tel: (a phone) or mailto: (an email), such as https://example.org/help.';
}

// ---------------------------------------------------------------------------------------------------
// The editor's own resources: one fieldset per resource.

let rowCounter = 0;
const rows = () => [...$('own-resources').querySelectorAll('.conf-row')];

const ROW_FIELDS = [
  { key: 'name', label: 'Name', type: 'text', hint: 'Required, such as “Maple Ridge family liaison”.' },
  { key: 'phone', label: 'Phone', type: 'tel', hint: 'Optional, such as 802-555-0100.' },
  { key: 'href', label: 'Link', type: 'url', hint: 'Optional: a web page (https://), tel: or mailto: link.' },
  {
    key: 'description',
    label: 'Description',
    type: 'textarea',
    hint: 'Optional: one or two sentences on what it offers.',
  },
];

function addRow(values = {}) {
  const n = ++rowCounter;
  const row = document.createElement('fieldset');
  row.className = 'conf-row';
  const legend = document.createElement('legend');
  row.append(legend);
  for (const field of ROW_FIELDS) {
    const id = `resource-${n}-${field.key}`;
    const wrap = document.createElement('div');
    wrap.className = 'conf-field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = field.label;
    const hint = document.createElement('p');
    hint.className = 'conf-hint';
    hint.id = `${id}-hint`;
    hint.textContent = field.hint;
    const control = document.createElement(field.type === 'textarea' ? 'textarea' : 'input');
    if (field.type === 'textarea') control.rows = 2;
    else control.type = field.type;
    control.id = id;
    control.dataset.field = field.key;
    control.autocomplete = 'off';
    control.value = values[field.key] ?? '';
    control.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
    const error = document.createElement('p');
    error.className = 'conf-error';
    error.id = `${id}-error`;
    error.hidden = true;
    wrap.append(label, hint, control, error);
    row.append(wrap);
  }
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'conf-button conf-remove';
  remove.dataset.remove = '';
  row.append(remove);
  $('own-resources').append(row);
  numberRows();
  return row;
}

function numberRows() {
  rows().forEach((row, i) => {
    row.querySelector('legend').textContent = `Resource ${i + 1}`;
    row.querySelector('[data-remove]').textContent = `Remove resource ${i + 1}`;
  });
}

function readRow(row) {
  return Object.fromEntries(
    RESOURCE_FIELDS.map((key) => [key, row.querySelector(`[data-field="${key}"]`).value.trim()]),
  );
}

// ---------------------------------------------------------------------------------------------------
// The form's state, the checks, the attributes, the snippet and the preview.

function readForm() {
  return {
    element: checkedValue('element') ?? 'panel',
    audience: checkedValue('audience') ?? defaultOf('audience'),
    sections: Object.keys(SECTIONS).filter((id) => $(`section-${id}`).checked),
    layout: checkedValue('layout') ?? defaultOf('layout'),
    open: $('open').checked,
    limit: $('limit').value.trim(),
    tipOfTheDay: $('tip-of-the-day').checked,
    familiesFirst: $('families-first').checked,
    noContents: $('no-contents').checked,
    heading: $('heading').value.trim(),
    headingLevel: $('heading-level').value.trim(),
    lang: $('lang').value,
    theme: checkedValue('theme') ?? defaultOf('theme'),
    variant: checkedValue('variant') ?? defaultOf('variant'),
    previewScheme: checkedValue('preview-scheme') ?? 'light',
    accent: $('accent').value.trim(),
    src: $('src').value.trim(),
    showResources: $('show-resources').checked,
    noDefaultResources: $('no-default-resources').checked,
    resourcesFirst: checkedValue('resources-first') ?? defaultOf('resources-first'),
    resources: rows().map(readRow),
    scriptOnly: $('script-only').checked,
    fallback: $('fallback').checked,
    base: $('base').value.trim(),
  };
}

/** Disables a fieldset or enables it; its note, saying why, shows and describes it only while it is disabled. */
function disableGroup(id, disabled) {
  const group = $(id);
  const note = $(`${id}-note`);
  group.disabled = disabled;
  note.hidden = !disabled;
  if (disabled) group.setAttribute('aria-describedby', note.id);
  else group.removeAttribute('aria-describedby');
}

/** Enables what applies to the chosen element and settings; what does not is disabled, with a note. */
function applyApplicability(s) {
  const tipsApply = s.element !== 'resources';
  const resourcesApply = s.element !== 'tips';
  const listOff = s.element === 'panel' && !s.showResources;
  disableGroup('tips-group', !tipsApply);
  disableGroup('resources-group', !resourcesApply);
  disableGroup('resource-list', listOff);
  disableGroup('order-group', !listOff && s.noDefaultResources);
  $('show-resources').disabled = s.element !== 'panel';
  $('open').disabled = s.layout !== 'accordion';
  for (const [id, audience] of Object.entries(SECTIONS))
    $(`section-${id}`).disabled = s.audience !== 'all' && s.audience !== audience;
  $('heading-default').textContent = `“${defaultHeading(s.element)}”`;
}

/**
 * Checks every field, shows the messages, and returns the element's attributes (only those that differ
 * from the defaults, as [name, value] with value true for a boolean attribute, in the order of the
 * attribute data), its resource children, and the labels of the settings left out because they are wrong.
 */
function build(s) {
  const given = new Map();
  /** Gives an attribute its value, unless that is the attribute's default. */
  const give = (name, value) => {
    if (String(value) !== String(defaultOf(name))) given.set(name, value);
  };
  const leftOut = [];
  const tipsApply = s.element !== 'resources';

  if (s.lang) give('lang', s.lang);

  // Tips
  const inAudience = Object.keys(SECTIONS).filter((id) => s.audience === 'all' || SECTIONS[id] === s.audience);
  const chosen = s.sections.filter((id) => inAudience.includes(id));
  const sectionBoxes = inAudience.map((id) => $(`section-${id}`));
  if (tipsApply) {
    give('audience', s.audience);
    showError(
      $('sections-error'),
      sectionBoxes,
      chosen.length ? '' : 'Choose at least one section. With none chosen, the panel shows them all.',
    );
    if (!chosen.length) leftOut.push('Sections');
    else if (chosen.length < inAudience.length) give('sections', chosen.join(' '));
    give('layout', s.layout);
    if (s.layout === 'accordion' && s.open) give('open', true);
  } else showError($('sections-error'), sectionBoxes, '');
  const limitError = tipsApply ? checkLimit($('limit')) : '';
  showError($('limit-error'), [$('limit')], limitError);
  if (limitError) leftOut.push('Limit');
  else if (tipsApply && s.limit) give('limit', String(Number(s.limit)));
  if (tipsApply && s.tipOfTheDay) give('tip-of-the-day', true);
  if (tipsApply && s.familiesFirst) give('families-first', true);
  if (s.noContents) give('no-contents', true);

  // Heading
  if (s.heading) give('heading', s.heading);
  const levelError = checkHeadingLevel($('heading-level'));
  showError($('heading-level-error'), [$('heading-level')], levelError);
  if (levelError) leftOut.push('Heading level');
  else if (s.headingLevel) give('heading-level', String(Number(s.headingLevel)));

  // Colours
  give('theme', s.theme);
  give('variant', s.variant);
  const accent = checkAccent(s.accent, s.theme, s.variant, s.element);
  showError($('accent-error'), [$('accent'), $('accent-picker')], accent.error);
  showAdvice($('accent-advice'), accent.advice);
  if (accent.use) give('accent', s.accent);
  else if (accent.error) leftOut.push('Accent colour');

  // Content file
  const srcError = checkContentUrl(s.src);
  showError($('src-error'), [$('src')], srcError, srcError ? httpsFix(s.src) : null);
  if (srcError) leftOut.push('Content file address');
  else if (s.src) give('src', s.src);

  // Resources
  const resourcesApply = s.element !== 'tips';
  const listOn = s.element === 'resources' || (s.element === 'panel' && s.showResources);
  if (s.element === 'panel' && !s.showResources) give('no-resources', true);
  if (resourcesApply && listOn && s.noDefaultResources) give('no-default-resources', true);
  if (resourcesApply && listOn && !s.noDefaultResources) give('resources-first', s.resourcesFirst);
  const children = [];
  let badRows = 0;
  rows().forEach((row, i) => {
    const r = s.resources[i];
    const errors = {
      name:
        !r.name && (r.phone || r.href || r.description)
          ? 'Give this resource a name; without one the panel leaves it out.'
          : '',
      phone: checkPhone(r.phone),
      href: checkLink(r.href),
      description: '',
    };
    for (const key of RESOURCE_FIELDS) {
      const control = row.querySelector(`[data-field="${key}"]`);
      const fix = key === 'href' && errors.href ? httpsFix(r.href) : null;
      showError(row.querySelector(`#${control.id}-error`), [control], errors[key], fix);
    }
    if (Object.values(errors).some(Boolean)) badRows++;
    if (!r.name) return;
    const child = [['name', r.name]];
    if (r.phone && !errors.phone) child.push(['phone', r.phone]);
    if (r.href && !errors.href) child.push(['href', r.href]);
    if (r.description) child.push(['description', r.description]);
    children.push(child);
  });
  if (badRows) leftOut.push(badRows === 1 ? 'part of a resource' : `parts of ${badRows} resources`);
  const resourceChildren = resourcesApply && listOn ? children : [];

  // Snippet options
  const baseError = checkBase(s.base);
  showError($('base-error'), [$('base')], baseError, baseError ? httpsFix(s.base) : null);
  if (baseError) leftOut.push('the script address (the CDN is used)');
  const lost = s.scriptOnly ? resourceChildren.length : 0;
  $('script-only-note').hidden = !lost;
  $('script-only-note').textContent = lost
    ? `Your ${lost === 1 ? 'own resource is' : `${lost} own resources are`} left out of this snippet: the script-only form cannot hold them. Switch “Script tag only” off to include them.`
    : '';

  // In the data's order, and only what the chosen element takes.
  const attributes = ATTRIBUTES.filter((rule) => given.has(rule.name) && rule.elements.includes(s.element)).map(
    (rule) => [rule.name, given.get(rule.name)],
  );
  return {
    attributes,
    children: s.scriptOnly ? [] : resourceChildren,
    leftOut,
    base: baseError ? cdnBase(version ?? 'latest') : s.base,
  };
}

const formatAttribute = ([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`);

/** The script URL: the folder (with a closing slash) and the version-pinned file. */
function scriptUrl(base) {
  return `${base.endsWith('/') ? base : `${base}/`}${pinnedName()}`;
}

/** An add-on language's script tag: pinned, with its integrity when dist/integrity.json was read. */
function addOnTag(base, code) {
  const file = `lang/${code}${version ? `-${version}` : ''}.js`;
  const hash = integrityFiles[file];
  const folder = base.endsWith('/') ? base : `${base}/`;
  return [
    `<script src="${escapeAttribute(folder + file)}"`,
    ...(hash ? [`  integrity="${escapeAttribute(hash)}"`] : []),
    '  crossorigin="anonymous"></script>',
  ];
}

/** The snippet: the pinned script with its integrity, then the element (or the script-only form). */
function snippetText(s, built) {
  const addOn = LANGUAGES[s.lang]?.addOn ? addOnTag(built.base, s.lang) : [];
  const lines = [`<script src="${escapeAttribute(scriptUrl(built.base))}"`];
  if (integrity) lines.push(`  integrity="${escapeAttribute(integrity)}"`);
  lines.push('  crossorigin="anonymous"');
  // The add-on language goes first: before the bundle, it is there when the elements render.
  lines.unshift(...addOn);
  if (s.scriptOnly) {
    lines.push(`  data-mount="${s.element}"`);
    for (const [name, value] of built.attributes) lines.push(`  ${formatAttribute([`data-${name}`, value])}`);
  }
  lines[lines.length - 1] += '></script>';
  if (s.scriptOnly) return lines.join('\n');

  const tag = TAGS[s.element];
  const inline = built.attributes.map((a) => ` ${formatAttribute(a)}`).join('');
  const open =
    `<${tag}${inline}>`.length <= 90
      ? [`<${tag}${inline}>`]
      : [`<${tag}`, ...built.attributes.map((a) => `  ${formatAttribute(a)}`)].map((line, i, all) =>
          i === all.length - 1 ? `${line}>` : line,
        );
  if (!built.children.length && !s.fallback) {
    open[open.length - 1] += `</${tag}>`;
    return [...lines, ...open].join('\n');
  }
  const children = built.children.map(
    (child) => `  <partnership-resource ${child.map(formatAttribute).join(' ')}></partnership-resource>`,
  );
  if (s.fallback) children.push(`  ${plain(s, built).trim()}`);
  return [...lines, ...open, ...children, `</${tag}>`].join('\n');
}

/** Loads an add-on language's script into this page, once, for the preview (it re-renders on arrival). */
function loadAddOn(code) {
  if (!LANGUAGES[code]?.addOn || document.querySelector(`script[data-add-on="${code}"]`)) return;
  const script = document.createElement('script');
  script.dataset.addOn = code;
  script.src = new URL(`../dist/lang/${code}.js`, import.meta.url).href;
  document.head.append(script);
}

/** A shell word: in single quotes when it needs quoting. */
const shellWord = (word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);

/** The `partnership-panel render` command that prints the prerendered snippet for the settings. */
function prerenderCommand(s, built) {
  const words = ['npx', 'partnership-panel', 'render', '--format', 'prerendered'];
  if (s.element !== 'panel') words.push('--element', s.element);
  for (const [name, value] of built.attributes)
    if (name !== 'src') words.push(`--${name}`, ...(value === true ? [] : [String(value)]));
  for (const child of built.children) {
    const r = Object.fromEntries(child);
    words.push(
      '--resource',
      [r.name, r.phone, r.href, r.description]
        .map((v) => v ?? '')
        .join('|')
        .replace(/\|+$/, ''),
    );
  }
  if (built.base !== cdnBase(version ?? 'latest')) words.push('--base', built.base);
  return words.map(shellWord).join(' ');
}

/** The settings as plain HTML, written by the elements on this page (dist/configurator-kit.js). */
function plain(s, built) {
  const options = { element: s.element };
  // The options of 'partnership-panel/render' (and of plainHtml) are the attributes' property names.
  for (const [name, value] of built.attributes) options[RULES[name].property] = value;
  if (built.children.length) options.resources = built.children.map((child) => Object.fromEntries(child));
  return plainHtml(options).html;
}

/** What the preview's light/dark switch shows, next to the snippet's own theme. */
function schemeHint(s) {
  if (s.theme === 'auto')
    return `Automatic follows each reader's setting: this is what readers who use ${s.previewScheme} mode see.`;
  if (s.theme === s.previewScheme) return `Your snippet's theme is ${s.theme}: every reader sees this.`;
  return `Only in this preview: your snippet's theme is ${s.theme}, so every reader sees the ${s.theme} card. Change it under Colours.`;
}

/** Builds the preview element anew, with createElement and setAttribute only. */
function renderPreview(s, built) {
  const key = JSON.stringify([s.element, built.attributes, built.children, s.previewScheme]);
  if (key === previewKey) return;
  previewKey = key;
  loadAddOn(s.lang);
  const element = document.createElement(TAGS[s.element]);
  for (const [name, value] of built.attributes) element.setAttribute(name, value === true ? '' : value);
  // The preview's light/dark switch, not the snippet's theme: for `auto`, what each reader may see.
  element.setAttribute('theme', s.previewScheme);
  $('preview').classList.toggle('is-dark', s.previewScheme === 'dark');
  for (const child of built.children) {
    const resource = document.createElement('partnership-resource');
    for (const [name, value] of child) resource.setAttribute(name, value);
    element.append(resource);
  }
  $('preview').replaceChildren(element);
}

/** Grows the snippet's box to its text, so it shows whole at any width (the CSSOM, which the CSP allows). */
function fitSnippet() {
  const area = $('snippet');
  area.style.blockSize = 'auto';
  area.style.blockSize = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
}

/** The timer of an update waiting for a pause in typing (0: none); body[data-pending] says one waits. */
let pending = 0;
const TYPING_PAUSE = 400;

function update() {
  clearTimeout(pending);
  pending = 0;
  delete document.body.dataset.pending;
  const s = readForm();
  applyApplicability(s);
  const built = build(s);
  const text = snippetText(s, built);
  const snippet = $('snippet');
  snippet.value = text;
  fitSnippet();
  $('problems-note').hidden = !built.leftOut.length;
  $('problems-note').textContent = built.leftOut.length
    ? `Left out of the snippet until corrected: ${built.leftOut.join(', ')}. See the message next to each.`
    : '';
  $('integrity-note').textContent = integrityNote;
  $('lang-hint').textContent = languageStatus(s.lang);
  $('plain').value = plain(s, built);
  $('prerender-command').textContent = prerenderCommand(s, built);
  $('fallback').disabled = s.scriptOnly;
  $('pinned-name').textContent = pinnedName();
  $('preview-scheme-hint').textContent = schemeHint(s);
  renderPreview(s, built);
  remember(s, built); // for demo/configurator-site.js (see the end of this file)
}

// ---------------------------------------------------------------------------------------------------
// The integrity hash, from dist/integrity.json.

async function readIntegrity() {
  let blocked = false;
  const onViolation = (event) => {
    if (/connect-src|default-src/.test(event.violatedDirective || event.effectiveDirective || '')) blocked = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    const response = await fetch(new URL('../dist/integrity.json', import.meta.url), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const data = await response.json();
    if (typeof data.version === 'string' && data.version) {
      const before = version;
      version = data.version;
      if ($('base').value === cdnBase(before ?? 'latest')) $('base').value = cdnBase(version);
    }
    const hash = data[pinnedName()];
    if (typeof hash !== 'string' || !/^sha(256|384|512)-[A-Za-z0-9+/]+=*$/.test(hash))
      throw new Error(`it has no hash for ${pinnedName()}`);
    integrity = hash;
    integrityFiles = data;
    integrityNote = `The integrity hash of ${pinnedName()}, from dist/integrity.json: the browser runs the script only if the file it gets matches it exactly.`;
    document.body.dataset.integrity = 'ready';
  } catch (error) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    integrityNote = blocked
      ? 'This page may not read dist/integrity.json: its Content-Security-Policy does not allow connect-src \'self\'. The snippet has no integrity attribute; add integrity="…" with the hash of ' +
        `${pinnedName()} from dist/integrity.json yourself.`
      : `dist/integrity.json could not be read (${error.message}); run npm run build. The snippet has no integrity attribute until then.`;
    document.body.dataset.integrity = 'missing';
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
  update();
}

// ---------------------------------------------------------------------------------------------------
// Loading a pasted snippet: a small tokenizer for start tags and their attributes. It only reads text;
// nothing in the snippet is parsed into this page or run.

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = ['script', 'style', 'textarea', 'title'];

/** The tags of an HTML fragment, in order: { name, closing, attributes: Map(name → value) }. */
function tokenize(text) {
  const tags = [];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    if (!m) {
      i = lt + 1;
      continue;
    }
    i = TAG.lastIndex;
    const name = m[2].toLowerCase();
    const attributes = new Map();
    if (!m[1])
      for (const a of m[3].matchAll(ATTRIBUTE)) {
        const key = a[1].toLowerCase();
        if (!attributes.has(key)) attributes.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
      }
    tags.push({ name, closing: !!m[1], attributes });
    if (!m[1] && RAW_TEXT.includes(name)) {
      const end = text.toLowerCase().indexOf(`</${name}`, i);
      i = end < 0 ? text.length : end;
    }
  }
  return tags;
}

const OUR_SCRIPT = /(^|\/)partnership-panel(?:-([^/?#]+))?\.js(?:[?#].*)?$/;

/** What a snippet configures: { element, attributes: Map, resources: [Map], scriptOnly, script }, or null. */
function parseSnippet(text) {
  const tags = tokenize(text);
  const script = tags.find((t) => t.name === 'script' && !t.closing && OUR_SCRIPT.test(t.attributes.get('src') ?? ''));
  const index = tags.findIndex((t) => !t.closing && Object.values(TAGS).includes(t.name));
  if (index >= 0) {
    const tag = tags[index];
    const end = tags.findIndex((t, j) => j > index && t.closing && t.name === tag.name);
    const resources = tags
      .slice(index + 1, end < 0 ? tags.length : end)
      .filter((t) => !t.closing && t.name === 'partnership-resource')
      .map((t) => t.attributes);
    const element = Object.keys(TAGS).find((k) => TAGS[k] === tag.name);
    return { element, attributes: tag.attributes, resources, scriptOnly: false, script };
  }
  const mount = tags.find((t) => t.name === 'script' && !t.closing && t.attributes.has('data-mount'));
  if (!mount) return null;
  const attributes = new Map();
  for (const [name, value] of mount.attributes)
    if (name.startsWith('data-') && name !== 'data-mount' && name !== 'data-mounted')
      attributes.set(name.slice(5), value);
  const kind = mount.attributes.get('data-mount').trim().toLowerCase();
  return {
    element: TAGS[kind] ? kind : 'panel',
    badMount: TAGS[kind] ? null : kind,
    attributes,
    resources: [],
    scriptOnly: true,
    script: mount,
  };
}

/** Puts the form back to its defaults (the form's own reset, then what lives outside it). */
function resetForm() {
  $('settings').reset();
  $('own-resources').replaceChildren();
  $('accent-picker').value = '#0b5cad';
  $('script-only').checked = false;
  $('base').value = cdnBase(version ?? 'latest');
}

/** Restores the form from a pasted snippet; returns what to tell the editor. */
function loadSnippet(text) {
  const parsed = parseSnippet(text);
  if (!parsed)
    return 'Nothing to load: the pasted text has no <partnership-panel>, <partnership-tips> or <partnership-resources> tag, and no script tag with data-mount.';
  resetForm();
  const notes = [];
  if (parsed.badMount)
    notes.push(`data-mount="${parsed.badMount}" is not panel, tips or resources, so the whole fact sheet is used`);
  setRadio('element', parsed.element);
  $('script-only').checked = parsed.scriptOnly;
  let settings = 0;
  for (const [name, value] of parsed.attributes) {
    settings++;
    // By the attribute's kind (src/core/attributes.ts); each attribute's control has its name for id.
    const rule = Object.hasOwn(RULES, name) ? RULES[name] : null;
    switch (rule?.kind) {
      // Read as an element reads them; what it would refuse is noted in its words, and left at the default.
      case 'keyword': {
        const read = readAttribute(name, value);
        if (read.problem) notes.push(read.problem);
        else setRadio(name, read.value);
        break;
      }
      case 'sections': {
        const read = readAttribute(name, value);
        if (read.problem) notes.push(read.problem);
        if (read.value) for (const id of Object.keys(SECTIONS)) $(`section-${id}`).checked = read.value.includes(id);
        break;
      }
      case 'language': {
        if (!value.trim()) break;
        // The content file the tag would use, as the elements match it (zh-Hant: none).
        const lang = languageKey(value);
        if (LANGS.includes(lang)) $('lang').value = lang;
        else notes.push(`lang="${value}" is not one of ${LANGS.join(', ')}, so the page's language is used`);
        break;
      }
      case 'boolean':
        // no-resources is the one the form asks the other way round: "Show the resource list".
        if (name === 'no-resources') $('show-resources').checked = false;
        else $(name).checked = true;
        break;
      case 'integer':
        $(name).value = value.trim();
        if ($(name).value !== value.trim()) notes.push(`${name}="${value}" is not a number, so it was left empty`);
        break;
      case 'text':
      case 'colour':
      case 'url':
        $(name).value = value;
        break;
      default:
        settings--;
        notes.push(`${parsed.scriptOnly ? `data-${name}` : name} is not a setting here, so it was left out`);
    }
  }
  const rgb = $('accent').value ? colourOf($('accent').value) : null;
  if (rgb) $('accent-picker').value = hex(rgb);
  for (const resource of parsed.resources)
    addRow(Object.fromEntries(RESOURCE_FIELDS.map((k) => [k, resource.get(k) ?? ''])));

  const src = parsed.script?.attributes.get('src');
  if (src) {
    const folder = src.slice(0, src.lastIndexOf('/') + 1) || './';
    if (!CDN_PATTERN.test(folder)) $('base').value = folder;
    const pasted = OUR_SCRIPT.exec(src)?.[2] ?? /partnership-panel@([^/]+)\//.exec(src)?.[1];
    if (pasted && version && pasted !== version)
      notes.push(
        `the pasted snippet loads version ${pasted}; the new snippet loads ${version}, with its integrity hash`,
      );
  }
  if (checkedValue('theme') !== 'auto') setRadio('preview-scheme', checkedValue('theme'));
  update();
  const what =
    `Loaded <${TAGS[parsed.element]}>${parsed.scriptOnly ? ' (script tag only)' : ''} with ${settings} ${settings === 1 ? 'setting' : 'settings'}` +
    (parsed.resources.length
      ? ` and ${parsed.resources.length} own ${parsed.resources.length === 1 ? 'resource' : 'resources'}`
      : '');
  return notes.length ? `${what}. Note: ${notes.join('; ')}.` : `${what}.`;
}

// ---------------------------------------------------------------------------------------------------
// Wiring

function onInput(event) {
  const target = event.target;
  if (target === $('paste') || target === $('snippet')) return;
  // Choosing Light or Dark shows it in the preview; Automatic keeps the switch, to look at both.
  if (target.name === 'theme' && target.checked && target.value !== 'auto') setRadio('preview-scheme', target.value);
  if (target === $('accent-picker')) $('accent').value = $('accent-picker').value;
  else if (target === $('accent')) {
    const rgb = colourOf(target.value);
    if (rgb) $('accent-picker').value = hex(rgb);
  }
  // Typing waits for a pause, so the preview is not rebuilt and no message flashes on every keystroke;
  // a choice, or leaving the field (change), updates at once.
  if (event.type === 'input' && target.matches(TYPED)) {
    clearTimeout(pending);
    document.body.dataset.pending = '';
    pending = setTimeout(update, TYPING_PAUSE);
  } else update();
}
const TYPED =
  'input:not([type]), input[type="text"], input[type="url"], input[type="tel"], input[type="number"], textarea';

// "Use https://…": puts the corrected address in its field.
document.addEventListener('click', (event) => {
  const button = event.target.closest?.('[data-fix-for]');
  if (!button) return;
  const control = $(button.dataset.fixFor);
  control.value = button.dataset.fix;
  update();
  control.focus();
});

document.addEventListener('input', onInput);
document.addEventListener('change', onInput);
$('settings').addEventListener('submit', (event) => event.preventDefault());

$('add-resource').addEventListener('click', () => {
  const row = addRow();
  update();
  row.querySelector('[data-field="name"]').focus();
  say($('rows-status'), `Added resource ${rows().length}.`);
});

$('own-resources').addEventListener('click', (event) => {
  const button = event.target.closest('[data-remove]');
  if (!button) return;
  const row = button.closest('.conf-row');
  const all = rows();
  const index = all.indexOf(row);
  const next = all[index + 1] ?? all[index - 1];
  row.remove();
  numberRows();
  update();
  (next ? next.querySelector('[data-field="name"]') : $('add-resource')).focus();
  say($('rows-status'), `Removed resource ${index + 1}.`);
});

/** Copies a text box to the clipboard, or, where the browser does not let the page, selects it and says how. */
async function copyBox(box, status, what) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText($(box).value);
    say($(status), `Copied the ${what} to the clipboard.`);
  } catch {
    $(box).focus();
    $(box).select();
    say(
      $(status),
      `This browser did not let the page copy. The ${what} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`,
    );
  }
}
const flush = () => pending && update();
$('copy').addEventListener('click', () => (flush(), copyBox('snippet', 'copy-status', 'snippet')));
$('copy-plain').addEventListener('click', () => (flush(), copyBox('plain', 'copy-plain-status', 'plain HTML')));

// An add-on language arrived (for the preview): the plain HTML can be written in it now.
document.addEventListener('partnership-language', () => update());

$('load').addEventListener('click', () => {
  say($('load-status'), loadSnippet($('paste').value));
});

// On wide screens the output column and the preview in it scroll on their own (configurator.css): a
// scrolling box is then a tab stop, so keyboard users can scroll it too.
const wide = matchMedia('(min-width: 64em) and (min-height: 36em)');
const followWidth = () => {
  for (const box of [$('output'), $('preview')])
    if (wide.matches) box.setAttribute('tabindex', '0');
    else box.removeAttribute('tabindex');
};
wide.addEventListener?.('change', followWidth);
followWidth();
addEventListener('resize', fitSnippet);

// The number fields' ranges, and their defaults (the form's reset goes back to them), from the data.
for (const rule of ATTRIBUTES)
  if (rule.kind === 'integer') {
    $(rule.name).min = String(rule.min);
    $(rule.name).max = String(rule.max);
    if (rule.default !== undefined) $(rule.name).defaultValue = String(rule.default);
  }
$('base').value = cdnBase(version ?? 'latest');
if (!version)
  integrityNote =
    "The widget's script (../dist/partnership-panel.js) did not load: run npm run build, then reload this page.";
update();
document.body.dataset.ready = '';
readIntegrity();

// ---------------------------------------------------------------------------------------------------
// For demo/configurator-site.js (a page to frame, and the handout): the settings of the last update, as
// the snippet has them. (A function declaration, so update() may call it before this part has run.)

function remember(s, built) {
  remember.last = { element: s.element, attributes: built.attributes, children: built.children };
}

/** The element and what the snippet gives it: `[name, value]` attributes and its resources' fields. */
export const currentSettings = () => remember.last;
