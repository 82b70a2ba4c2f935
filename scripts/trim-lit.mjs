// A Rollup plugin for the one-tag bundle: takes out of lit-html the code for features the elements
// never use, so that the bytes go to the fact sheet instead. Each cut names the feature it removes;
// test/node/lit-features.test.mjs fails if a template starts to use one of them.
//
// The cuts are exact snippets of lit-html's published, minified lit-html.js, for the version below.
// A different version (an upgrade in the lock file) stops the build: read the new file, update the
// snippets and the version, and run the tests. The library build (dist/lib/) leaves Lit alone: there
// it is the app's own copy.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const VERSION = '3.3.3';

/** [feature, snippet, replacement] */
const CUTS = [
  // svg`` and mathml`` templates: the elements render only HTML.
  ['svg and MathML templates: opening wrapper', 'l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
  ['svg and MathML templates: closing wrapper', '+(2===i?"</svg>":3===i?"</math>":"")', ''],
  [
    'svg and MathML templates: unwrapping',
    ',2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}',
    '){}',
  ],
  // Bindings inside <script>, <style>, <textarea> or <title>: no template has them.
  [
    'bindings in raw-text elements',
    'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
    '',
  ],
  // Directives (lit/directive.js, lit/directives/*): none is used, so a value is always itself.
  [
    'directives',
    'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
    'function M(t,i){return i}',
  ],
  // Templates compiled ahead of time (@lit-labs/compiler): these are not.
  [
    'precompiled templates',
    '"number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)',
    'this._$AC(t)',
  ],
  // Property bindings (.prop=${…}): attributes are the interface; no template sets a property.
  ['property bindings: part choice', '"."===e[1]?I:', ''],
  [
    'property bindings: part class',
    'class I extends H{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===A?void 0:t}}',
    '',
  ],
  // Element bindings (<div ${…}>), which only directives use.
  ['element bindings: part found', 'else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t))', ''],
  ['element bindings: part made', ':6===r.type&&(i=new Z(h,this,t))', ':0'],
  [
    'element bindings: part class',
    'class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){M(this,t)}}',
    '',
  ],
  // Internals exported for SSR and hydration, and the hooks for polyfills and version tracking.
  ['SSR internals', 'const j={M:h,P:o,A:n,C:1,L:N,R,D:d,V:M,I:k,H,N:L,U:z,B:I,F:Z},', 'const '],
  [
    'polyfill hook and version list',
    'B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");const ',
    '',
  ],
  ['SSR internals export', 'j as _$LH,', ''],
];

/** lit-html's production module, as Node resolution finds it (the package exports no package.json). */
const LIT_HTML = /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/;

export function trimLit() {
  let trimmed = false;
  return {
    name: 'trim-lit',
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      const { version } = JSON.parse(readFileSync(join(dirname(id), 'package.json'), 'utf8'));
      if (version !== VERSION)
        this.error(`lit-html is ${version}, but scripts/trim-lit.mjs cuts ${VERSION}: update its snippets.`);
      trimmed = true;
      for (const [feature, snippet, replacement] of CUTS) {
        const at = code.indexOf(snippet);
        if (at < 0 || code.indexOf(snippet, at + 1) >= 0)
          this.error(`lit-html ${VERSION}: the code for ${feature} is not where scripts/trim-lit.mjs expects it.`);
        code = code.slice(0, at) + replacement + code.slice(at + snippet.length);
      }
      return { code, map: null };
    },
    buildEnd(error) {
      if (!error && !trimmed) this.error('lit-html/lit-html.js was not in the build: nothing was trimmed.');
    },
  };
}
