// Property-based hardening: arbitrary and hostile values thrown at every attribute of every element,
// and arbitrary JSON given to the editor-file checker, directly and through the element's `src`.
// What must always hold, as the README promises: nothing throws, nothing blanks the panel, nothing
// an editor or a CMS writes runs as markup or becomes a javascript: link, and a refused value warns
// once, naming the element and the attribute.
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
// The elements under test are the shipped bundle's; the checker is also fuzzed on its own, from src/.
import '../dist/partnership-panel.js';
import { checkContent } from '../src/core/check-content.js';
import type { Content } from '../src/core/content.js';
import { allTips, english, renderedTips } from './helpers.js';
import {
  assertNone,
  imagesSettled,
  markupProblems,
  renderProblems,
  settle,
  watchErrors,
  SAFE_SCHEMES,
  type Host,
} from './hardening/checks.js';

/** Runs per property: enough to find what the hand-picked values miss, few enough to stay well under a minute per engine. */
const RUNS = 60;
// Show the failing assertion itself with the counterexample.
fc.configureGlobal({ includeErrorInReport: true });

/** fast-check reports an error by its stack, which in Firefox leaves the message out: put it in. */
function explained(predicate: (...args: unknown[]) => unknown) {
  const withMessage = (e: unknown) => {
    if (e instanceof Error && !String(e.stack).includes(e.message)) e.stack = `${e.name}: ${e.message}\n${e.stack}`;
    return e;
  };
  return (...args: unknown[]) => {
    try {
      const result = predicate(...args);
      return result instanceof Promise ? result.catch((e) => Promise.reject(withMessage(e))) : result;
    } catch (e) {
      throw withMessage(e);
    }
  };
}
const property = ((...args: unknown[]) =>
  (fc.property as (...a: unknown[]) => unknown)(
    ...args.slice(0, -1),
    explained(args[args.length - 1] as (...a: unknown[]) => unknown),
  )) as typeof fc.property;
const asyncProperty = ((...args: unknown[]) =>
  (fc.asyncProperty as (...a: unknown[]) => unknown)(
    ...args.slice(0, -1),
    explained(args[args.length - 1] as (...a: unknown[]) => unknown),
  )) as typeof fc.asyncProperty;

// ---------------------------------------------------------------------------------------------
// Values

/** Every payload sets this flag if it ever runs. */
const PWN = 'window.__pwned=1';
const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned !== undefined;
const MARKUP = [
  `<img src=x-pwned onerror="${PWN}">`,
  `"><script>${PWN}</script>`,
  `'><svg onload=${PWN}>`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `</style><img src=x-pwned onerror=${PWN}>`,
  `<a href="javascript:${PWN}">x</a>`,
  `javascript:${PWN}`,
  ` JaVaScRiPt:${PWN}`,
  `java\tscript:${PWN}`,
  `\u0000javascript:${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  'vbscript:msgbox(1)',
  `{{constructor.constructor('${PWN}')()}}`,
  '${' + PWN + '}',
  '<!--?lit$1234$--><b>x</b>',
  'red;background:url(x-pwned)',
  `expression(${PWN})`,
];
const LONG = ['x'.repeat(10_000), '<b>'.repeat(3_400), '\u202E'.repeat(10_000), 'families '.repeat(1_200)];
const CONTROL = [
  '\u202E',
  '\u202Eevil\u202C',
  '\u2066families\u2069',
  '\u0000',
  'families\u0000',
  '\uFEFFfamilies',
  '\u200Bfamilies',
  '\uD800',
  '\uDFFFx',
  '👨‍👩‍👧',
  'e\u0301',
  '',
  ' ',
  '\t\n',
  '\u00A0',
  '\u3000families\u3000',
];
const NUMBERS = [
  '1e999',
  '-0',
  '0x10',
  '+3',
  '3.0',
  ' 3 ',
  '٣',
  '３',
  'Infinity',
  'NaN',
  '2e0',
  '1_0',
  '007',
  '0',
  '7',
  '99999999999999999999',
  '-1',
  '1000',
  '1001',
  '3 4',
];
const PROTO = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'constructor-US',
  '__proto__-x',
];
/** Hand-picked values for the generators; the very long ones get a test of their own, to keep counterexamples readable. */
const NASTIES = [...MARKUP, ...CONTROL, ...NUMBERS, ...PROTO];

/** Arbitrary text: short ASCII, any grapheme, any code point, a soup of the characters that break parsers, and the nasties. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(
      ...'<>"\'&;:/=(){}\\,.-_ \t\n\u0000\u00A0\u202E\u2066\u2069\u200B\uFEFF\uD800'.split(''),
      'a',
      'es',
      'families',
      'build-trust',
      'javascript:',
    ),
    maxLength: 12,
  }),
  fc.constantFrom(...NASTIES),
);

/** An allowed value as a CMS might mangle it: case changed, padded with white space (or with something that is not). */
const mangled = (allowed: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...allowed),
      fc.constantFrom('', ' ', '\t', '\n', '\u00A0', '\u200B'),
      fc.constantFrom('lower', 'upper', 'title'),
      fc.constantFrom('', ' ', '\u00A0', 'x', '-', '\u0000'),
    )
    .map(
      ([v, pre, kase, post]) =>
        pre + (kase === 'upper' ? v.toUpperCase() : kase === 'title' ? v[0].toUpperCase() + v.slice(1) : v) + post,
    );

// ---------------------------------------------------------------------------------------------
// What the README allows for each attribute

type Verdict = 'valid' | 'invalid' | 'either';
interface Spec {
  /** Values to try besides arbitrary text. */
  values?: fc.Arbitrary<string>;
  /** Whether the README allows the value; `either` where it does not say. */
  verdict: (value: string) => Verdict;
  /** What a warning about this attribute contains (default `name=`). */
  named?: string;
  /** An accepted value may still warn (accent: contrast advice). */
  mayWarn?: boolean;
  /** More checks for this attribute. */
  check?: (el: Host, value: string) => string[];
}

const always = (): Verdict => 'valid';
const keyword = (allowed: readonly string[]): Spec => ({
  values: mangled(allowed),
  verdict: (v) => (allowed.includes(v.trim().toLowerCase()) ? 'valid' : 'invalid'),
});
/** Resolves like a link in the page; null when it does not parse. */
const resolve = (v: string) => {
  try {
    return new URL(v.trim(), document.baseURI);
  } catch {
    return null;
  }
};
const SECTION_IDS = ['build-trust', 'transportation-child-care', 'families-can-do'];
const DEFAULT_HEADING: Record<string, string> = {
  'partnership-panel': english.title,
  'partnership-tips': english.labels.tipsHeading,
  'partnership-resources': english.resources.heading,
};
/** Content files the stubbed fetch serves, by absolute URL. */
const served = new Map<string, string>();

const SPECS: Record<string, Spec> = {
  audience: keyword(['all', 'families', 'professionals']),
  theme: keyword(['light', 'dark', 'auto']),
  layout: keyword(['list', 'accordion', 'cards']),
  sections: {
    values: fc
      .tuple(
        fc.array(fc.constantFrom(...SECTION_IDS, 'Build-Trust', 'homework', '', 'FAMILIES-CAN-DO'), { maxLength: 4 }),
        fc.constantFrom(',', ' ', ', ', '\t', ',,', '\u00A0', ';'),
      )
      .map(([ids, sep]) => ids.join(sep)),
    verdict: (v) =>
      v
        .split(/[\s,]+/)
        .filter(Boolean)
        .every((id) => SECTION_IDS.includes(id.toLowerCase()))
        ? 'valid'
        : 'invalid',
  },
  heading: {
    verdict: always,
    check: (el, v) => {
      const shown = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!.textContent!;
      const expected = v.trim() || DEFAULT_HEADING[el.localName];
      return shown.trim() === expected.trim()
        ? []
        : [`the heading shows ${JSON.stringify(shown.slice(0, 80))}, not the text given`];
    },
  },
  'heading-level': {
    values: fc.oneof(fc.integer({ min: -2, max: 9 }).map(String), fc.constantFrom(...NUMBERS)),
    verdict: (v) => (/^[1-6]$/.test(v.trim()) ? 'valid' : /^0*[1-6]$/.test(v.trim()) ? 'either' : 'invalid'),
    check: (el, v) => {
      const level = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!.localName.slice(1);
      const want = /^[1-6]$/.test(v.trim()) ? v.trim() : /^0*[1-6]$/.test(v.trim()) ? level : '2';
      return level === want ? [] : [`the top heading is at level ${level}, expected ${want}`];
    },
  },
  lang: {
    values: fc.oneof(
      mangled(['en', 'es', 'es-MX', 'en-GB', 'es-419', 'fr', 'de']),
      fc.constantFrom('es_MX', 'EN-us', 'x-klingon', 'i-default', 'zh-Hant-TW'),
    ),
    // An empty lang says nothing: the page's language (English here) applies.
    verdict: (v) => (v === '' || ['en', 'es'].includes(v.trim().toLowerCase().split(/[-_]/)[0]) ? 'valid' : 'invalid'),
    named: 'lang',
  },
  dir: { values: fc.constantFrom('rtl', 'ltr', 'auto', 'RTL', 'sideways'), verdict: always },
  src: {
    values: fc.constantFrom(
      'https://content.example/ok.json',
      ' /content/ok.json ',
      'relative/ok.json',
      '//content.example/x.json',
      'HTTPS://content.example/UP.json',
      'file:///etc/passwd',
      'ftp://content.example/x.json',
      'data:application/json,{}',
      'blob:https://content.example/x',
      'about:blank',
      'http://[::1',
    ),
    verdict: (v) => {
      if (!v.trim()) return 'valid';
      const url = resolve(v);
      return url && /^https?:$/.test(url.protocol) ? 'valid' : 'invalid';
    },
  },
  accent: {
    values: fc.constantFrom(
      '#7a1f5c',
      '#fff',
      '#ffff00',
      'rebeccapurple',
      'rgb(0 0 0)',
      'hsl(300 50% 30%)',
      'oklch(45% 0.15 330)',
      'color-mix(in srgb, red, blue)',
      'transparent',
      'currentColor',
      'inherit',
      'var(--x)',
      '#12',
      '#1234567',
      'red blue',
      'RED',
      ' #0b5cad ',
      'url(x-pwned)',
      'red;}',
      'light-dark(red, blue)',
    ),
    verdict: (v) => (!v.trim() ? 'valid' : CSS.supports('color', v.trim()) ? 'either' : 'invalid'),
    mayWarn: true,
  },
  limit: {
    values: fc.oneof(fc.integer({ min: -2, max: 1200 }).map(String), fc.constantFrom(...NUMBERS)),
    verdict: (v) => {
      const t = v.trim();
      if (!/^\d+$/.test(t) || Number(t) === 0) return 'invalid';
      return /^[1-9]\d*$/.test(t) && Number(t) <= 1000 ? 'valid' : 'either';
    },
    check: (el, v) => {
      const t = v.trim();
      if (!/^[1-9]\d*$/.test(t) || Number(t) > 1000) return [];
      const n = Number(t);
      const over = [...el.shadowRoot!.querySelectorAll('[part~="section"]')].filter(
        (section) => [...section.querySelectorAll('[part~="tip"]')].filter((tip) => tip.checkVisibility()).length > n,
      );
      return over.length ? [`limit=${n} but a section shows more tips than that`] : [];
    },
  },
  open: { verdict: always },
  'tip-of-the-day': { verdict: always },
  'no-resources': { verdict: always },
  'no-default-resources': { verdict: always },
};

/** An allowed value other than the default, for each attribute. */
const EXAMPLE: Record<string, string> = {
  audience: 'families',
  sections: 'build-trust',
  heading: 'Our tips',
  'heading-level': '4',
  lang: 'es',
  dir: 'rtl',
  src: 'https://content.example/ok.json',
  theme: 'dark',
  accent: '#7a1f5c',
  layout: 'accordion',
  open: '',
  limit: '2',
  'tip-of-the-day': '',
  'no-resources': '',
  'no-default-resources': '',
};
const TIPS_ATTRIBUTES = [
  'audience',
  'sections',
  'heading',
  'heading-level',
  'lang',
  'dir',
  'src',
  'theme',
  'accent',
  'layout',
  'open',
  'limit',
  'tip-of-the-day',
];
const ATTRIBUTES: Record<string, string[]> = {
  'partnership-panel': [...TIPS_ATTRIBUTES, 'no-resources', 'no-default-resources'],
  'partnership-tips': TIPS_ATTRIBUTES,
  'partnership-resources': [
    'heading',
    'heading-level',
    'lang',
    'dir',
    'src',
    'theme',
    'accent',
    'no-default-resources',
  ],
};

/** The schema's phone pattern, plus what makes a number callable: at least three digits. */
const isCallable = (v: string) => /^\+?[0-9(][0-9 ().-]{2,30}$/.test(v.trim()) && (v.match(/\d/g) ?? []).length >= 3;
/** The schema's text: not blank, at most 2,000 characters (the checker allows up to 5,000: between, either). */
const textVerdict = (v: string): Verdict =>
  !v.trim() || v.length > 5000 ? 'invalid' : v.length <= 2000 ? 'valid' : 'either';

/** `<partnership-resource>` children: what the README and the schema allow for each. */
const CHILD_SPECS: Record<string, Spec> = {
  name: { verdict: textVerdict },
  description: { verdict: textVerdict },
  phone: {
    values: fc.oneof(
      fc.stringMatching(/^\+?[0-9(][0-9 ().-]{2,14}$/),
      fc.constantFrom(
        '802-555-0100',
        '(802) 555-0100',
        '+1 802 555 0100',
        '802.555.0100',
        '(((',
        '1--',
        '(-.)',
        '12',
        'call us',
        '555-CALL',
        '+44 (0)20 7946 0000',
      ),
    ),
    verdict: (v) => (isCallable(v) ? 'valid' : 'invalid'),
  },
  href: {
    values: fc.constantFrom(
      'https://example.org/help',
      'mailto:help@example.org',
      'tel:+18025550100',
      'relative/page',
      'ftp://example.org',
      'file:///etc/passwd',
      'about:blank',
    ),
    verdict: (v) => {
      const url = v.trim() ? resolve(v) : null;
      // The schema sets no length for links; the checker's 5,000 characters for every text may apply.
      return url && SAFE_SCHEMES.includes(url.protocol) ? (v.length <= 2000 ? 'valid' : 'either') : 'invalid';
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Running

let warnings: string[] = [];
const originalWarn = console.warn;
const realFetch = window.fetch;
let stage: HTMLElement;

/** Only the content files this test registered are stubbed; any other request goes out as usual. */
function stubFetch() {
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
    const body = served.get(url);
    if (body === undefined) return realFetch(input, init);
    return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
  }) as typeof fetch;
}

/** Registers what a `src` value would fetch, as an empty (valid) content file. */
function serveEmpty(src: string) {
  const url = resolve(src);
  if (url && /^https?:$/.test(url.protocol)) served.set(url.href, '{}');
}

async function place(
  tag: string,
  attributes: Record<string, string>,
  children: Record<string, string>[] = [],
): Promise<Host> {
  const el = document.createElement(tag) as Host;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const child of children) {
    const r = document.createElement('partnership-resource');
    for (const [name, value] of Object.entries(child)) r.setAttribute(name, value);
    el.append(r);
  }
  stage.append(el);
  await settle(el, 1);
  if ('src' in attributes) await loaded(el);
  return el;
}

/** Waits until the element has its src file (or has given up on it) and has rendered it: its updateComplete says so. */
async function loaded(el: Host): Promise<void> {
  await settle(el, 2);
}

/** `<partnership-resources>` is given one resource of the editor's own, so it is never empty even with no-default-resources. */
const childrenFor = (tag: string) =>
  tag === 'partnership-resources' ? [{ name: 'Local parent center', phone: '802-555-0100' }] : [];

/** What is wrong with the warnings for one value. */
function warningProblems(tag: string, attribute: string, spec: Spec, value: string): string[] {
  const verdict = spec.verdict(value);
  const named = spec.named ?? `${attribute}=`;
  if (verdict === 'invalid') {
    const ok = warnings.length === 1 && warnings[0].startsWith(`<${tag}>`) && warnings[0].includes(named);
    return ok
      ? []
      : [
          `refused, so one warning naming <${tag}> and ${attribute} was expected; got ${JSON.stringify(warnings.map((w) => w.slice(0, 160)))}`,
        ];
  }
  if (verdict === 'valid' && !spec.mayWarn && warnings.length)
    return [`allowed by the README, yet it warned: ${JSON.stringify(warnings.map((w) => w.slice(0, 160)))}`];
  if (spec.mayWarn && warnings.some((w) => !w.includes(named)))
    return [`a warning does not name ${attribute}: ${JSON.stringify(warnings)}`];
  return [];
}

const show = (value: string) =>
  JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…(${value.length} chars)` : value);

let watch: ReturnType<typeof watchErrors>;

/**
 * For every test of the describe it is called in: a stage in the page for the elements, fetch stubbed,
 * and warnings and uncaught errors recorded.
 */
function useStage(): void {
  before(() => {
    stage = document.createElement('div');
    stage.style.width = '700px';
    document.body.append(stage);
    stubFetch();
  });
  after(() => {
    window.fetch = realFetch;
    stage.remove();
  });
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    watch = watchErrors();
  });
  afterEach(() => {
    console.warn = originalWarn;
    watch.stop();
  });
}

describe('hardening: any value in any attribute', () => {
  useStage();

  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    for (const attribute of attributes) {
      const spec = SPECS[attribute];
      it(`<${tag} ${attribute}="…">: any value renders a whole card, runs no markup, and warns once when refused`, async function () {
        this.timeout(60_000);
        await fc.assert(
          asyncProperty(spec.values ? fc.oneof(text, spec.values) : text, async (value) => {
            warnings = [];
            if (attribute === 'src') serveEmpty(value);
            const el = await place(tag, { [attribute]: value }, childrenFor(tag));
            try {
              const problems = [
                ...watch.errors.splice(0),
                ...renderProblems(el),
                ...(spec.check?.(el, value) ?? []),
                ...warningProblems(tag, attribute, spec, value),
                ...(pwned() ? ['a payload ran'] : []),
              ];
              assertNone(problems, `<${tag} ${attribute}=${show(value)}>`);
            } finally {
              el.remove();
            }
          }),
          // Every hand-picked value first, then arbitrary ones.
          { numRuns: RUNS, examples: NASTIES.map((v) => [v] as [string]) },
        );
      });
    }

    it(`<${tag}>: attributes changed at run time, in any order, keep one whole card`, async function () {
      this.timeout(60_000);
      const change = fc.constantFrom(...attributes).chain((attribute) =>
        fc.record({
          attribute: fc.constant(attribute),
          value: fc.option(SPECS[attribute].values ? fc.oneof(text, SPECS[attribute].values!) : text, { nil: null }),
        }),
      );
      await fc.assert(
        asyncProperty(fc.array(change, { minLength: 1, maxLength: 8 }), async (changes) => {
          const el = await place(tag, {}, childrenFor(tag));
          try {
            for (const { attribute, value } of changes) {
              warnings = [];
              const previous = el.getAttribute(attribute);
              if (value === null) el.removeAttribute(attribute);
              else {
                if (attribute === 'src') serveEmpty(value);
                el.setAttribute(attribute, value);
              }
              await settle(el, 1);
              if (attribute === 'src') await loaded(el);
              const spec = SPECS[attribute];
              const problems = [
                ...watch.errors.splice(0),
                ...renderProblems(el),
                ...(pwned() ? ['a payload ran'] : []),
              ];
              // A new refused value warns (lang: a new language; the same tag padded differently is the same language).
              const changedValue = attribute === 'lang' ? previous?.trim() !== value?.trim() : previous !== value;
              if (
                value !== null &&
                changedValue &&
                spec.verdict(value) === 'invalid' &&
                !warnings.some((w) => w.includes(spec.named ?? `${attribute}=`))
              )
                problems.push(`${attribute}=${show(value)} was refused without a warning naming it`);
              assertNone(
                problems,
                `after ${JSON.stringify(changes.map((c) => `${c.attribute}=${c.value === null ? '(removed)' : show(c.value)}`))}`,
              );
            }
          } finally {
            el.remove();
          }
        }),
        // Each attribute set and removed again first (a layout, then the list again…), then arbitrary sequences.
        {
          numRuns: 40,
          examples: attributes.map(
            (attribute) =>
              [
                [
                  { attribute, value: EXAMPLE[attribute] ?? 'x' },
                  { attribute, value: null },
                ],
              ] as [{ attribute: string; value: string | null }[]],
          ),
        },
      );
    });
  }

  for (const [attribute, spec] of Object.entries(CHILD_SPECS)) {
    it(`<partnership-resource ${attribute}="…"> inside a panel or a resources list: shown when allowed, refused with a warning naming it otherwise`, async function () {
      this.timeout(60_000);
      await fc.assert(
        asyncProperty(
          fc.constantFrom('partnership-panel', 'partnership-resources'),
          spec.values ? fc.oneof(text, spec.values) : text,
          async (tag, value) => {
            warnings = [];
            const child = attribute === 'name' ? { name: value } : { name: 'Local parent center', [attribute]: value };
            const el = await place(tag, {}, [child]);
            try {
              const verdict = spec.verdict(value);
              const items = el.shadowRoot!.querySelectorAll('[part~="resource"]').length;
              const expected =
                attribute === 'name' && verdict !== 'valid' ? (verdict === 'invalid' ? [2] : [2, 3]) : [3];
              const problems = [
                ...watch.errors.splice(0),
                ...renderProblems(el, { minResources: 2 }),
                ...warningProblems(tag, attribute, { ...spec, named: attribute }, value),
                ...(expected.includes(items) ? [] : [`${items} resources shown, expected ${expected.join(' or ')}`]),
                ...(pwned() ? ['a payload ran'] : []),
              ];
              if (verdict === 'valid' && attribute === 'phone') {
                const digits = value.replace(/\D/g, '');
                if (
                  ![...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].some(
                    (a) => a.getAttribute('href')!.replace(/\D/g, '') === digits,
                  )
                )
                  problems.push(`no tel: link dials ${digits}`);
              }
              assertNone(
                problems,
                `<${tag}><partnership-resource ${Object.entries(child)
                  .map(([k, v]) => `${k}=${show(v)}`)
                  .join(' ')}>`,
              );
            } finally {
              el.remove();
            }
          },
        ),
        { numRuns: RUNS, examples: NASTIES.map((v) => ['partnership-panel', v] as [string, string]) },
      );
    });
  }

  it('very long values (10,000 characters) in every attribute: a whole card, and one warning when refused', async function () {
    this.timeout(60_000);
    const failures: string[] = [];
    for (const [tag, attributes] of Object.entries(ATTRIBUTES))
      for (const attribute of attributes)
        for (const value of LONG) {
          warnings = [];
          const spec = SPECS[attribute];
          if (attribute === 'src') serveEmpty(value);
          const el = await place(tag, { [attribute]: value }, childrenFor(tag));
          const problems = [
            ...watch.errors.splice(0),
            ...renderProblems(el),
            ...(spec.check?.(el, value) ?? []),
            ...warningProblems(tag, attribute, spec, value),
            ...(pwned() ? ['a payload ran'] : []),
          ];
          el.remove();
          if (problems.length) failures.push(`<${tag} ${attribute}=${show(value)}>: ${problems.join('; ')}`);
        }
    for (const [attribute, spec] of Object.entries(CHILD_SPECS))
      for (const value of LONG) {
        warnings = [];
        const child = attribute === 'name' ? { name: value } : { name: 'Local parent center', [attribute]: value };
        const el = await place('partnership-resources', {}, [child]);
        const problems = [
          ...watch.errors.splice(0),
          ...renderProblems(el),
          ...warningProblems('partnership-resources', attribute, { ...spec, named: attribute }, value),
        ];
        el.remove();
        if (problems.length)
          failures.push(`<partnership-resource ${attribute}=${show(value)}>: ${problems.join('; ')}`);
      }
    assertNone(failures, 'very long values');
  });

  it('no payload ran, not even later, and nothing it names was requested', async () => {
    // An injected <img> would fire onerror once its request failed.
    await imagesSettled();
    expect(pwned()).to.equal(false);
    expect(
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('x-pwned'))
        .map((e) => e.name),
    ).to.deep.equal([]);
  });

  it('lang="constructor" or "__proto__" is an unknown language like any other: English, with one warning', async () => {
    for (const lang of ['constructor', '__proto__', 'constructor-US']) {
      warnings = [];
      const el = document.createElement('partnership-panel') as Host;
      el.setAttribute('lang', lang);
      stage.append(el);
      let thrown: unknown = null;
      try {
        await settle(el);
      } catch (error) {
        thrown = error;
      }
      try {
        expect(thrown, `lang="${lang}" threw while rendering`).to.equal(null);
        expect(renderedTips(el), `lang="${lang}"`).to.deep.equal(allTips(english));
        expect(warnings, `lang="${lang}"`).to.have.length(1);
        expect(warnings[0]).to.include(`"${lang}"`);
      } finally {
        el.remove();
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The editor's content file: checkContent at unit level

type Json = unknown;
type Path = (string | number)[];
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const isDict = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const jsonType = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Every node of the English content, with its path (the root left out). */
function nodes(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = path.length ? [{ path, value }] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => nodes(v, [...path, i]))];
  if (isDict(value)) return [...here, ...Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k]))];
  return here;
}
const ALL = nodes(english).filter((n) => n.path[0] !== '$schema');
/** The field a value belongs to: its key, or for a list item the list's key. */
const fieldOf = (path: Path) => String([...path].reverse().find((p) => typeof p === 'string'));
const RULE_FIELDS = ['id', 'lang', 'dir', 'date', 'phone', 'href'];
const TEXT_LEAVES = ALL.filter((n) => typeof n.value === 'string' && !RULE_FIELDS.includes(fieldOf(n.path)));
const RULE_LEAVES = ALL.filter((n) => typeof n.value === 'string' && RULE_FIELDS.includes(fieldOf(n.path)));
const LISTS = ALL.filter((n) => Array.isArray(n.value) && fieldOf(n.path) !== 'items');
const OBJECTS = [
  { path: [] as Path, value: english as Json },
  ...ALL.filter((n) => isDict(n.value) && n.path[0] !== 'labels'),
];
const LIST_ITEMS = ALL.filter((n) => isDict(n.value) && typeof n.path[n.path.length - 1] === 'number');
const LINK_HOLDERS = ALL.filter((n) => fieldOf(n.path) === 'publisher' || (isDict(n.value) && n.path[1] === 'items'));
/** Required fields of the items of each list (content/schema.json). */
const REQUIRED: Record<string, string[]> = {
  audiences: ['id', 'heading', 'sections'],
  sections: ['id', 'heading', 'tips'],
  items: ['name'],
};
/** Every field name the schema knows anywhere: an "unknown" field must be none of them. */
const KNOWN_FIELDS = new Set([
  ...ALL.map((n) => fieldOf(n.path)),
  '$schema',
  'dir',
  'introduction',
  'shortName',
  'description',
  'phone',
  'href',
]);
const PROTO_KEYS = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'toLocaleString',
];

const getAt = (root: Json, path: Path) =>
  path.reduce<Json>(
    (v, p) => (v !== null && typeof v === 'object' ? (v as Record<string | number, Json>)[p] : undefined),
    root,
  );
function setAt(root: Json, path: Path, value: Json) {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  Object.defineProperty(parent, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
}

/** Valid text as the checker keeps it: not blank, at most 2,000 characters (whitespace-only is refused on purpose). */
const validText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);
/** Values for the fields with a rule; bad ones stay bad once trimmed (the checker trims, as the README's attributes are). */
const ruleValues = (field: string, path: Path, good: boolean): fc.Arbitrary<string> => {
  const audienceId = path.length === 3 && path[0] === 'audiences';
  switch (field) {
    case 'id':
      if (audienceId)
        return good
          ? fc.constantFrom('professionals', 'families')
          : fc.constantFrom('teachers', 'Families', '', 'family', '__proto__');
      return good
        ? fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/)
        : fc.oneof(
            fc.constantFrom('Build-Trust', '1st', 'a b', '', 'a_b', '-a', 'constructor()'),
            fc.string().filter((s) => !/^[a-z][a-z0-9-]*$/.test(s.trim())),
          );
    case 'lang':
      return good
        ? fc.constantFrom('en', 'es', 'en-GB', 'fr', 'de-AT', 'zh-hant')
        : fc.string().filter((s) => !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(s.trim()));
    case 'dir':
      return good ? fc.constantFrom('ltr', 'rtl') : fc.constantFrom('LTR', 'auto', '', 'r-t-l', 'up');
    case 'date':
      return good
        ? fc.stringMatching(/^\d{4}-\d{2}$/)
        : fc.constantFrom('July 2025', '2025-7', '25-07', '2025-07-01', '');
    case 'phone':
      return good
        ? fc.oneof(
            fc.stringMatching(/^\+?[0-9(][0-9 ().-]{2,14}$/).filter(isCallable),
            fc.constantFrom('(802) 555-0100', '+1 802 555 0100', '802.555.0100'),
          )
        : fc.constantFrom('call us!', '', 'x802', '+', '12', '555-CALL', '802-555-0100 ext. 4');
    default:
      return good
        ? fc.constantFrom('https://example.org/help', 'tel:+18025550100', 'mailto:help@example.org')
        : fc.constantFrom(
            'javascript:alert(1)',
            ' javascript:alert(1)',
            'data:text/html,x',
            'vbscript:x',
            'file:///etc/passwd',
            'ftp://example.org/',
          );
  }
};

/** Every kind of edit, valid and invalid. */
const ALL_KINDS = [
  'text',
  'goodRule',
  'goodLink',
  'blank',
  'wrongType',
  'badRule',
  'badLink',
  'emptyList',
  'unknownKey',
  'dropRequired',
] as const;
type Kind = (typeof ALL_KINDS)[number];
const VALID_KINDS: Kind[] = ['text', 'goodRule', 'goodLink'];
interface Mutation {
  kind: Kind;
  at: number;
  pick: number;
  value: Json;
}
const wrongValues = fc.tuple(
  fc.oneof(fc.integer(), fc.double()),
  fc.oneof(fc.boolean(), fc.constant(null)),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
  fc.string(),
);
const mutationOf = (kind: Kind): fc.Arbitrary<Mutation> => {
  const at = fc.nat();
  const pick = fc.nat();
  const value: fc.Arbitrary<Json> =
    kind === 'text'
      ? validText
      : kind === 'blank'
        ? fc.constant('')
        : kind === 'wrongType'
          ? wrongValues
          : kind === 'unknownKey'
            ? fc.jsonValue({ maxDepth: 2 })
            : fc.constant(null);
  return fc.record({ kind: fc.constant(kind), at, pick, value });
};
const unknownKeys = fc
  .oneof(fc.string({ minLength: 1 }), fc.constantFrom(...PROTO_KEYS))
  .filter((k) => !KNOWN_FIELDS.has(k));

/**
 * A copy of content/en.json with the mutations applied, and whether it is still valid (by
 * construction: every applied mutation of a valid kind). Rule and link values are drawn inside,
 * from the path they land on. A mutation whose place an earlier one removed is skipped.
 */
const mutatedContent = (kinds: readonly Kind[], count = { minLength: 1, maxLength: 3 }) =>
  fc.array(fc.oneof(...kinds.map(mutationOf)), count).chain((mutations) => {
    // Draw the path-dependent values (rules, links, unknown keys) now that the paths are known.
    const plan = mutations.map((m) => {
      const pool = {
        text: TEXT_LEAVES,
        blank: TEXT_LEAVES,
        wrongType: ALL,
        goodRule: RULE_LEAVES,
        badRule: RULE_LEAVES,
        goodLink: LINK_HOLDERS,
        badLink: LINK_HOLDERS,
        emptyList: LISTS,
        unknownKey: OBJECTS,
        dropRequired: LIST_ITEMS,
      }[m.kind];
      const target = pool[m.at % pool.length];
      const draw: fc.Arbitrary<Json> =
        m.kind === 'goodRule' || m.kind === 'badRule'
          ? ruleValues(fieldOf(target.path), target.path, m.kind === 'goodRule')
          : m.kind === 'goodLink' || m.kind === 'badLink'
            ? ruleValues('href', target.path, m.kind === 'goodLink')
            : m.kind === 'unknownKey'
              ? unknownKeys
              : fc.constant(m.value);
      return draw.map((drawn) => ({ m, target, drawn }));
    });
    return fc.tuple(...plan).map((steps) => {
      const data = clone(english) as Json;
      const applied: Kind[] = [];
      const edits: string[] = [];
      for (const { m, target, drawn } of steps) {
        const current = getAt(data, target.path);
        // Only where an earlier mutation left the place as it was: a valid edit must never repair an invalid one.
        const untouched = JSON.stringify(current) === JSON.stringify(target.value);
        const sameType = current !== undefined && jsonType(current) === jsonType(target.value);
        switch (m.kind) {
          case 'text':
          case 'goodRule':
          case 'blank':
          case 'badRule': {
            if (!untouched) continue;
            // A new section id is made unique (the schema does not ask it, but a repeated id is a question of its own).
            const sectionId = m.kind === 'goodRule' && target.path.length === 5 && target.path[4] === 'id';
            setAt(data, target.path, sectionId ? `${String(drawn)}-s${target.path[1]}${target.path[3]}` : drawn);
            break;
          }
          case 'wrongType': {
            if (!sameType) continue;
            const candidates = (m.value as Json[]).filter(
              (v) => jsonType(JSON.parse(JSON.stringify(v))) !== jsonType(current),
            );
            setAt(data, target.path, candidates[m.pick % candidates.length]);
            break;
          }
          case 'emptyList':
            if (!sameType) continue;
            setAt(data, target.path, []);
            break;
          case 'unknownKey':
            if (!sameType && target.path.length) continue;
            setAt(data, [...target.path, drawn as string], m.value);
            break;
          case 'dropRequired': {
            if (!sameType) continue;
            const required = REQUIRED[String(target.path[target.path.length - 2])];
            const field = required[m.pick % required.length];
            if ((current as Record<string, Json>)[field] === undefined) continue;
            delete (current as Record<string, Json>)[field];
            break;
          }
          case 'goodLink':
          case 'badLink':
            if (!sameType || (current as Record<string, Json>).href !== undefined) continue;
            setAt(data, [...target.path, 'href'], drawn);
            break;
        }
        applied.push(m.kind);
        const at = target.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
        const put =
          m.kind === 'unknownKey'
            ? [...target.path, String(drawn)]
            : m.kind.endsWith('Link')
              ? [...target.path, 'href']
              : target.path;
        const shown =
          m.kind === 'dropRequired' || m.kind === 'emptyList'
            ? ''
            : ` = ${JSON.stringify(getAt(data, put))?.slice(0, 80)}`;
        edits.push(
          `${m.kind} ${at || '(root)'}${m.kind === 'unknownKey' ? `[${JSON.stringify(drawn)}]` : m.kind.endsWith('Link') ? '.href' : ''}${shown}`,
        );
      }
      // Through JSON text, as a file would arrive: own "__proto__" keys stay plain keys.
      const input = JSON.parse(JSON.stringify(data)) as Json;
      return described(
        { input, applied, valid: applied.every((k) => VALID_KINDS.includes(k)) },
        `content/en.json with ${edits.join('; ') || 'no edit'}`,
      );
    });
  });

/** A generated file that fast-check reports by what was edited, not as the whole fact sheet. */
function described<T extends object>(value: T, description: string): T & { description: string } {
  return Object.assign(value, { description, [fc.toStringMethod]: () => description });
}

/** What is wrong with checked content: it must be a whole, sound fact sheet whatever came in. */
function contentProblems(c: Content): string[] {
  const problems: string[] = [];
  const text = (v: unknown, where: string) => {
    if (typeof v !== 'string' || !v.trim()) problems.push(`${where} is not text: ${JSON.stringify(v)?.slice(0, 60)}`);
  };
  const phone = (v: unknown, where: string) => {
    if (v !== undefined && (typeof v !== 'string' || !isCallable(v)))
      problems.push(`${where} is not a callable phone number: ${JSON.stringify(v)}`);
  };
  const link = (v: unknown, where: string) => {
    if (v === undefined) return;
    const url = typeof v === 'string' ? resolve(v) : null;
    if (!url || !SAFE_SCHEMES.includes(url.protocol))
      problems.push(`${where} is not an http(s), tel: or mailto: link: ${JSON.stringify(v)}`);
  };
  const only = (v: object, keys: string[], where: string) => {
    for (const k of Object.keys(v)) if (!keys.includes(k)) problems.push(`${where}.${k} is not a field of the content`);
  };
  if (!isDict(c)) return ['content is not an object'];
  only(c, [...Object.keys(english), 'dir'], 'content');
  for (const k of ['lang', 'headline', 'title', 'closing', 'disclaimer'] as const) text(c[k], k);
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(String(c.lang)))
    problems.push(`lang ${JSON.stringify(c.lang)} is not a language tag`);
  if (c.dir !== undefined && c.dir !== 'ltr' && c.dir !== 'rtl') problems.push(`dir is ${JSON.stringify(c.dir)}`);
  if (!Array.isArray(c.introduction) || !c.introduction.length)
    problems.push('introduction is not a list of paragraphs');
  else c.introduction.forEach((p, i) => text(p, `introduction[${i}]`));
  if (!Array.isArray(c.audiences) || !c.audiences.length) problems.push('there is no audience');
  else
    c.audiences.forEach((a, i) => {
      const at = `audiences[${i}]`;
      if (!isDict(a)) return void problems.push(`${at} is not an object`);
      only(a, ['id', 'heading', 'lead', 'sections'], at);
      if (a.id !== 'professionals' && a.id !== 'families') problems.push(`${at}.id is ${JSON.stringify(a.id)}`);
      text(a.heading, `${at}.heading`);
      if (a.lead !== undefined) text(a.lead, `${at}.lead`);
      if (!Array.isArray(a.sections) || !a.sections.length) return void problems.push(`${at} has no section`);
      a.sections.forEach((s, j) => {
        const sat = `${at}.sections[${j}]`;
        if (!isDict(s)) return void problems.push(`${sat} is not an object`);
        only(s, ['id', 'heading', 'introduction', 'tips'], sat);
        if (typeof s.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(s.id))
          problems.push(`${sat}.id is ${JSON.stringify(s.id)}`);
        text(s.heading, `${sat}.heading`);
        if (s.introduction !== undefined) text(s.introduction, `${sat}.introduction`);
        if (!Array.isArray(s.tips) || !s.tips.length) return void problems.push(`${sat} has no tip`);
        s.tips.forEach((t, k) => text(t, `${sat}.tips[${k}]`));
      });
    });
  if (!isDict(c.resources)) problems.push('resources is not an object');
  else {
    only(c.resources, ['heading', 'items'], 'resources');
    text(c.resources.heading, 'resources.heading');
    if (!Array.isArray(c.resources.items)) problems.push('resources.items is not a list');
    else
      c.resources.items.forEach((r, i) => {
        const at = `resources.items[${i}]`;
        if (!isDict(r)) return void problems.push(`${at} is not an object`);
        only(r, ['name', 'nameLang', 'shortName', 'description', 'phone', 'href'], at);
        if (r.nameLang !== undefined && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(String(r.nameLang)))
          problems.push(`${at}.nameLang is ${JSON.stringify(r.nameLang)}`);
        text(r.name, `${at}.name`);
        for (const k of ['shortName', 'description'] as const) if (r[k] !== undefined) text(r[k], `${at}.${k}`);
        phone(r.phone, `${at}.phone`);
        link(r.href, `${at}.href`);
      });
  }
  if (!isDict(c.publisher)) problems.push('publisher is not an object');
  else {
    only(c.publisher, ['name', 'nameLang', 'shortName', 'contact', 'phone', 'href'], 'publisher');
    text(c.publisher.name, 'publisher.name');
    text(c.publisher.contact, 'publisher.contact');
    if (c.publisher.shortName !== undefined) text(c.publisher.shortName, 'publisher.shortName');
    if (c.publisher.phone === undefined) problems.push('publisher.phone is missing');
    phone(c.publisher.phone, 'publisher.phone');
    link(c.publisher.href, 'publisher.href');
  }
  if (!isDict(c.published) || !/^\d{4}-\d{2}$/.test(String(c.published.date)))
    problems.push('published.date is not a year and month');
  else text(c.published.label, 'published.label');
  if (!isDict(c.labels)) problems.push('labels is not an object');
  else {
    for (const k of Object.keys(english.labels)) text(c.labels[k], `labels.${k}`);
    for (const [k, v] of Object.entries(c.labels)) text(v, `labels.${k}`);
  }
  return problems;
}

const check = (input: Json) => checkContent(input, english);
/** A copy with every text trimmed. */
const trimmed = (v: Json): Json =>
  typeof v === 'string'
    ? v.trim()
    : Array.isArray(v)
      ? v.map(trimmed)
      : isDict(v)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trimmed(x)]))
        : v;

describe('hardening: checkContent, the editor file checker', () => {
  it('never throws, whatever it is given, and anything but a JSON object leaves the built-in content, with a problem named', () => {
    fc.assert(
      property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything({
            withNullPrototype: true,
            withBoxedValues: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
            withSparseArray: true,
            withDate: true,
            withBigInt: true,
          }),
        ),
        (input) => {
          const { content, problems } = check(input);
          assertNone(contentProblems(content), `the content checked from ${fc.stringify(input).slice(0, 300)}`);
          expect(problems.every((p) => typeof p === 'string')).to.equal(true);
          if (!isDict(input)) {
            expect(problems, 'a value that is not an object is a problem').not.to.deep.equal([]);
            expect(content).to.deep.equal(english);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns sound content for any JSON object made of the content's own fields with random values", () => {
    const fields = fc.dictionary(
      fc.constantFrom(...Object.keys(english), 'dir', 'extra', ...PROTO_KEYS),
      fc.jsonValue({ maxDepth: 3 }),
      { maxKeys: 6 },
    );
    fc.assert(
      property(fields, (input) => {
        const { content } = check(JSON.parse(JSON.stringify(input)));
        assertNone(contentProblems(content), `the content checked from ${JSON.stringify(input).slice(0, 300)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a valid edit of content/en.json whole, with no problem', () => {
    fc.assert(
      property(mutatedContent(['text', 'goodRule', 'goodLink']), (file) => {
        const { input } = file;
        const { content, problems } = check(input);
        expect(problems, file.description).to.deep.equal([]);
        // Texts may come back trimmed; nothing else may change.
        expect(trimmed(content), file.description).to.deep.equal(trimmed(input));
        assertNone(contentProblems(content), file.description);
      }),
      { numRuns: 200 },
    );
  });

  for (const [kinds, what] of [
    [
      ['wrongType', 'blank'],
      'names a value of the wrong type or a blank text as a problem, and shows the built-in value instead',
    ],
    [
      ['badRule', 'badLink'],
      'names a bad id, language, direction, date, phone or link as a problem, and never returns it',
    ],
    [['dropRequired'], 'names an audience, section or resource missing a required field as a problem, and drops it'],
    [['emptyList'], 'names a list left empty (introduction, audiences, sections, tips) as a problem'],
    [['unknownKey'], 'names an unknown field as a problem, even one called constructor, toString or __proto__'],
  ] as [Kind[], string][]) {
    it(what, () => {
      fc.assert(
        property(mutatedContent(kinds, { minLength: 1, maxLength: 2 }), ({ input, applied, description }) => {
          fc.pre(applied.length > 0);
          const { content, problems } = check(input);
          assertNone(contentProblems(content), description);
          expect(problems, `no problem named for ${description}`).not.to.deep.equal([]);
        }),
        { numRuns: 200 },
      );
    });
  }

  it('any mix of valid and invalid edits: sound content, and problems exactly when an edit was invalid', () => {
    const all: readonly Kind[] = ALL_KINDS;
    fc.assert(
      property(mutatedContent(all, { minLength: 1, maxLength: 4 }), ({ input, valid, description }) => {
        const { content, problems } = check(input);
        assertNone(contentProblems(content), description);
        if (valid) expect(problems, description).to.deep.equal([]);
        else expect(problems, `no problem named for ${description}`).not.to.deep.equal([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never pollutes Object.prototype, whatever "__proto__" or "constructor" keys a file holds', () => {
    const hostile = fc.constantFrom(
      '{"__proto__": {"polluted": 1}}',
      '{"labels": {"__proto__": {"polluted": 1}}}',
      '{"audiences": [{"__proto__": {"polluted": 1}, "id": "families", "heading": "x", "sections": [{"id": "a", "heading": "b", "tips": ["t"]}]}]}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
      '{"resources": {"items": [{"name": "x", "__proto__": {"polluted": 1}}]}}',
    );
    fc.assert(
      property(hostile, (json) => {
        check(JSON.parse(json));
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(Object.prototype).not.to.have.own.property('polluted');
      }),
    );
  });

  it('names a list left empty as a problem: an editor must learn their tips were not used', () => {
    for (const input of [
      { introduction: [] },
      { audiences: [] },
      { audiences: [{ id: 'families', heading: 'For families', sections: [] }] },
      {
        audiences: [
          { id: 'families', heading: 'For families', sections: [{ id: 'home', heading: 'At home', tips: [] }] },
        ],
      },
    ]) {
      const { problems } = check(input);
      expect(problems, JSON.stringify(input)).not.to.deep.equal([]);
    }
  });

  it('names fields called like Object.prototype members (constructor, toString, __proto__) as unknown', () => {
    for (const json of [
      '{"constructor": "x"}',
      '{"toString": 1}',
      '{"__proto__": {}}',
      '{"publisher": {"hasOwnProperty": "x"}}',
      '{"resources": {"items": [{"name": "A", "valueOf": 1}]}}',
    ]) {
      const { problems } = check(JSON.parse(json));
      expect(problems, json).not.to.deep.equal([]);
    }
  });

  it('takes labels beyond the five the panel uses, which content/schema.json allows, without a problem', () => {
    const { content, problems } = check({ labels: { ...english.labels, close: 'Close' } });
    expect(problems).to.deep.equal([]);
    expect(content.labels.call).to.equal(english.labels.call);
  });

  it('refuses a phone number with fewer than three digits: "(((", "(-.)" or "1--" is nothing anyone can call', () => {
    for (const phone of ['(((', '(-.)', '1--', '((1 2))']) {
      const { content, problems } = check({ publisher: { phone } });
      expect(problems, phone).not.to.deep.equal([]);
      expect(content.publisher.phone, phone).to.equal(english.publisher.phone);
    }
  });

  it('takes a phone number written as content/schema.json allows: (802) 555-0100', () => {
    const { content, problems } = check({ publisher: { phone: '(802) 555-0100' } });
    expect(problems).to.deep.equal([]);
    expect(content.publisher.phone).to.equal('(802) 555-0100');
  });
});

// ---------------------------------------------------------------------------------------------
// The editor's content file through the element (fetch stubbed to serve the generated JSON)

let files = 0;
/** Serves `data` at a URL never used before (the loader caches by URL) and returns the URL. */
function serve(data: Json): string {
  const url = `https://content.example/fuzz-${Date.now()}-${files++}.json`;
  served.set(url, JSON.stringify(data) ?? 'null');
  return url;
}

describe('hardening: an editor file through the element', () => {
  useStage();

  /** Custom audiences an editor might write: any subset, own section ids (sometimes repeated). */
  const customAudiences = fc
    .record({
      input: fc
        .uniqueArray(fc.constantFrom('professionals', 'families'), { minLength: 1, maxLength: 2 })
        .chain((ids) =>
          fc.tuple(
            ...ids.map((id) =>
              fc.record({
                id: fc.constant(id),
                heading: validText,
                // Ids unique in the file (repeated ids have a test of their own).
                sections: fc.uniqueArray(
                  fc.record({
                    id: fc.constantFrom(
                      `home-${id}`,
                      `school-${id}`,
                      id === 'professionals' ? 'build-trust' : 'families-can-do',
                    ),
                    heading: validText,
                    tips: fc.array(validText, { minLength: 1, maxLength: 3 }),
                  }),
                  { minLength: 1, maxLength: 2, selector: (s) => s.id },
                ),
              }),
            ),
          ),
        )
        .map((audiences) => ({ title: 'Our own tips', audiences })),
      applied: fc.constant(['text'] as Kind[]),
      valid: fc.constant(true as boolean | null),
    })
    .map((f) => described(f, `a file of the editor's own: ${JSON.stringify(f.input)}`));
  const file = fc.oneof(
    {
      weight: 3,
      arbitrary: mutatedContent(ALL_KINDS, { minLength: 1, maxLength: 3 }),
    },
    { weight: 2, arbitrary: customAudiences },
    {
      weight: 1,
      arbitrary: fc
        .jsonValue({ maxDepth: 3 })
        .map((input) =>
          described(
            { input, applied: [] as Kind[], valid: isDict(input) ? (null as boolean | null) : false },
            `the JSON ${JSON.stringify(input)?.slice(0, 300)}`,
          ),
        ),
    },
  );
  const attributes = fc.record(
    {
      tag: fc.constantFrom('partnership-panel', 'partnership-tips', 'partnership-resources'),
      audience: fc.constantFrom('all', 'families', 'professionals'),
      sections: fc.constantFrom(
        'build-trust',
        'families-can-do',
        'home-families',
        'school-professionals meetings',
        'build-trust, home-professionals',
      ),
      layout: fc.constantFrom('list', 'accordion', 'cards'),
      tipOfTheDay: fc.boolean(),
      lang: fc.constantFrom('en', 'es'),
    },
    { requiredKeys: ['tag'] },
  );

  it('any file, any filters: a whole card, no error, no markup, no javascript: link, and one warning naming the file when it had problems', async function () {
    this.timeout(60_000);
    await fc.assert(
      asyncProperty(file, attributes, async ({ input, applied, valid, description }, a) => {
        warnings = [];
        const url = serve(input);
        const attrs: Record<string, string> = { src: url };
        if (a.tag !== 'partnership-resources') {
          if (a.audience) attrs.audience = a.audience;
          if (a.sections) attrs.sections = a.sections;
          if (a.layout) attrs.layout = a.layout;
          if (a.tipOfTheDay) attrs['tip-of-the-day'] = '';
        }
        if (a.lang) attrs.lang = a.lang;
        let el: Host | null = null;
        try {
          el = await place(a.tag, attrs);
          const aboutFile = warnings.filter((w) => w.includes(url));
          const problems = [
            ...watch.errors.splice(0),
            ...renderProblems(el, { minResources: 0 }),
            ...(pwned() ? ['a payload ran'] : []),
          ];
          if (valid === true && aboutFile.length) problems.push(`a valid file warned: ${aboutFile[0].slice(0, 300)}`);
          if (valid === false && aboutFile.length !== 1)
            problems.push(
              `a file with problems (${applied.join(', ') || 'not an object'}) gave ${aboutFile.length} warnings naming it`,
            );
          if (valid === true && a.tag === 'partnership-panel' && isDict(input) && typeof input.title === 'string') {
            const title = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!.textContent!;
            if (title.trim() !== input.title.trim())
              problems.push(`the title shows ${JSON.stringify(title)}, not the file's ${JSON.stringify(input.title)}`);
          }
          assertNone(
            problems,
            `<${a.tag} ${Object.entries(attrs)
              .map(([k, v]) => `${k}="${v}"`)
              .join(' ')}> serving ${description}`,
          );
        } finally {
          el?.remove();
        }
      }),
      { numRuns: 100 },
    );
  });

  /** One element reading `data` from its src, rendered and settled. */
  async function withFile(
    tag: string,
    data: Json,
    attrs: Record<string, string> = {},
  ): Promise<{ el: Host; error: unknown }> {
    const el = document.createElement(tag) as Host;
    el.setAttribute('src', serve(data));
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    stage.append(el);
    let error: unknown = null;
    try {
      await settle(el, 1);
      await loaded(el);
    } catch (e) {
      error = e;
    }
    return { el, error: error ?? watch.errors.splice(0)[0] ?? null };
  }
  const familiesOnly = {
    audiences: [
      {
        id: 'families',
        heading: 'For our families',
        sections: [{ id: 'home', heading: 'At home', tips: ['Read together every day.', 'Ask about the school day.'] }],
      },
    ],
  };

  it('audience="professionals" with a file that has only families still shows tips, and says why', async () => {
    const { el, error } = await withFile('partnership-panel', familiesOnly, { audience: 'professionals' });
    try {
      expect(error).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[part~="tip"]').length, 'tips shown').to.be.greaterThan(0);
      expect(
        warnings.some((w) => w.includes('audience')),
        JSON.stringify(warnings),
      ).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it("sections naming a section the editor's file does not have are ignored with a warning, as unknown ids are", async () => {
    const { el, error } = await withFile('partnership-tips', familiesOnly, { sections: 'build-trust' });
    try {
      expect(error).to.equal(null);
      expect(renderedTips(el)).to.deep.equal(familiesOnly.audiences[0].sections[0].tips);
      expect(
        warnings.some((w) => w.includes('sections=') && w.includes('build-trust')),
        JSON.stringify(warnings),
      ).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it("tip-of-the-day with filters the editor's file cannot meet neither throws nor blanks the card", async () => {
    const { el, error } = await withFile('partnership-panel', familiesOnly, {
      'tip-of-the-day': '',
      audience: 'professionals',
    });
    try {
      expect(error, 'rendering threw').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="today-tip"]')?.textContent?.trim(), 'the tip of the day')
        .to.be.a('string')
        .and.not.equal('');
    } finally {
      el.remove();
    }
  });

  for (const lang of ['en-us-us', 'zh-hans-hans', 'xx'])
    it(`a file whose lang "${lang}" Intl does not take still renders, counted in English's plural rules`, async () => {
      const { el, error } = await withFile('partnership-panel', { lang, title: 'Our own title' }, { limit: '1' });
      try {
        expect(error).to.equal(null);
        expect(el.shadowRoot!.querySelector('[part~="title-heading"]')!.textContent).to.equal('Our own title');
        expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.equal('10 tips');
        expect((el.shadowRoot!.querySelector('[part~="more"]') as HTMLElement).innerText.trim()).to.equal(
          'Show 9 more tips',
        );
        // And it still follows a change.
        el.setAttribute('heading', 'Changed');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="title-heading"]')!.textContent).to.equal('Changed');
      } finally {
        el.remove();
      }
    });

  it('placeholders in labels other than the ones filled in stay as written, even {constructor} and {toString}', async () => {
    const { el, error } = await withFile('partnership-resources', {
      labels: { callAction: 'Call {phone} ({constructor}, {toString}, {name})' },
    });
    try {
      expect(error).to.equal(null);
      const label = el.shadowRoot!.querySelector('a[href^="tel:"]')!.textContent;
      expect(label).to.equal(`Call ${english.resources.items[0].phone} ({constructor}, {toString}, {name})`);
    } finally {
      el.remove();
    }
  });

  it('a file that repeats a section id still gives each accordion button its own section', async () => {
    const repeated = {
      audiences: [
        {
          id: 'professionals',
          heading: 'For staff',
          sections: [{ id: 'home', heading: 'Home visits', tips: ['Ask first.'] }],
        },
        {
          id: 'families',
          heading: 'For families',
          sections: [{ id: 'home', heading: 'At home', tips: ['Read together.'] }],
        },
      ],
    };
    const { el, error } = await withFile('partnership-panel', repeated, { layout: 'accordion' });
    try {
      expect(error).to.equal(null);
      const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        'ids used twice in the shadow root',
      ).to.deep.equal([]);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
      buttons[buttons.length - 1].click();
      await el.updateComplete;
      expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
        ...buttons.slice(1).map(() => 'false'),
        'true',
      ]);
    } finally {
      el.remove();
    }
  });

  it('a markup payload anywhere in a file is shown as text and never runs', async () => {
    const payload = `<img src=x-pwned onerror="${PWN}">`;
    const data = clone(english) as unknown as Record<string, Json>;
    for (const n of TEXT_LEAVES) setAt(data, n.path, payload);
    const { el, error } = await withFile('partnership-panel', data);
    try {
      expect(error).to.equal(null);
      expect(markupProblems(el.shadowRoot!)).to.deep.equal([]);
      expect(renderedTips(el).every((t) => t === payload)).to.equal(true);
      await imagesSettled();
      expect(pwned()).to.equal(false);
    } finally {
      el.remove();
    }
  });
});
