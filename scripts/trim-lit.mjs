// A Rollup plugin for the one-tag bundle: takes out of lit-html the code that the bundle never runs, so
// that the bytes go to the fact sheet instead and the first render skips work. Each cut names what it
// removes; test/node/lit-features.test.mjs fails if a template starts to need one of them.
//
// Every template in the bundle is compiled at build time (scripts/compile-templates.mjs), so lit-html's
// own "prepare" phase (the template scanner, the walk for bindings, the template cache) is dead code;
// so are the features no template uses. The compiled templates take the constructors of their
// attribute, boolean-attribute and event bindings from lit-html's internals ('_$LH', normally reached
// through lit-html/private-ssr-support.js): the plugin exports just those three.
//
// The cuts are exact snippets of lit-html's published, minified lit-html.js, for the version below.
// A different version (an upgrade in the lock file) stops the build: read the new file, update the
// snippets and the version, and run the tests. The library build (dist/lib/) leaves Lit alone: there
// it is the app's own copy, and its templates are prepared at run time.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const VERSION = '3.3.3';

/** A cut from the first text through the last, inclusive: [feature, [from, through], replacement]. */
const CUTS = [
  // The prepare phase: templates come compiled.
  ['the template scanner', ['const N=(t,i)=>{', ',e]};'], ''],
  [
    'the walk of a template for its bindings',
    ['class S{constructor({strings:t,_$litType$:i},e){', '}static createElement(t,i){'],
    'class S{static createElement(t,i){',
  ],
  [
    'templates prepared at run time',
    '"number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)',
    '(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)',
  ],
  ['the template cache', '_$AC(t){let i=C.get(t.strings);return void 0===i&&C.set(t.strings,i=new S(t)),i}', ''],
  ['the template cache map', 'C=new WeakMap,', ''],
  ["the scanner's markers", 'h="$lit$",o=`lit$${Math.random().toFixed(9).slice(2)}$`,n="?"+o,r=`<${n}>`,', ''],
  // Directives (lit/directive.js, lit/directives/*): none is used, so a value is always itself.
  [
    'directives',
    'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
    'function M(t,i){return i}',
  ],
  // Property bindings (.prop=${…}): attributes are the interface; no template sets a property.
  [
    'property bindings',
    'class I extends H{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===A?void 0:t}}',
    '',
  ],
  // Element bindings (<div ${…}>), which only directives use.
  ['element bindings: the part made', ':6===r.type&&(i=new Z(h,this,t))', ':0'],
  [
    'element bindings: the part class',
    'class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){M(this,t)}}',
    '',
  ],
  // Internals for SSR and hydration: only the binding constructors compiled templates name.
  [
    'internals other than the binding constructors',
    'const j={M:h,P:o,A:n,C:1,L:N,R,D:d,V:M,I:k,H,N:L,U:z,B:I,F:Z},',
    'const j={AttributePart:H,BooleanAttributePart:L,EventPart:z};',
  ],
  // The hooks for polyfills and for Lit's version list (a global).
  ['polyfill hook and version list', 'B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");', ''],
];

/** Where `snippet` (text, or [from, through]) is in `code`, found exactly once; else undefined. */
function locate(code, snippet) {
  const [from, through] = Array.isArray(snippet) ? snippet : [snippet, snippet];
  const start = code.indexOf(from);
  if (start < 0 || code.indexOf(from, start + 1) >= 0) return undefined;
  const last = code.indexOf(through, start + from.length - through.length);
  return last < 0 ? undefined : { start, end: last + through.length };
}

/** Compiled templates import their binding constructors from here. */
const PRIVATE = 'lit-html/private-ssr-support.js';
const PARTS = '\0lit-html-parts';

/** lit-html's production module, as Node resolution finds it (the package exports no package.json). */
const LIT_HTML = /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/;

export function trimLit() {
  let trimmed = false;
  return {
    name: 'trim-lit',
    resolveId: (source) => (source === PRIVATE ? PARTS : null),
    load: (id) => (id === PARTS ? "export { _$LH } from 'lit-html';" : null),
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      const { version } = JSON.parse(readFileSync(join(dirname(id), 'package.json'), 'utf8'));
      if (version !== VERSION)
        this.error(`lit-html is ${version}, but scripts/trim-lit.mjs cuts ${VERSION}: update its snippets.`);
      trimmed = true;
      for (const [feature, snippet, replacement] of CUTS) {
        const at = locate(code, snippet);
        if (!at)
          this.error(`lit-html ${VERSION}: the code for ${feature} is not where scripts/trim-lit.mjs expects it.`);
        code = code.slice(0, at.start) + replacement + code.slice(at.end);
      }
      return { code, map: null };
    },
    buildEnd(error) {
      if (!error && !trimmed) this.error('lit-html/lit-html.js was not in the build: nothing was trimmed.');
    },
  };
}
