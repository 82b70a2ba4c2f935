// Server rendering: the library build (dist/lib) imports in Node without a DOM, and @lit-labs/ssr renders
// each element to declarative shadow DOM holding the whole fact sheet. `npm test` builds first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const content = (lang) => JSON.parse(readFileSync(new URL(`content/${lang}.json`, root), 'utf8'));
const allTips = (c) => c.audiences.flatMap((a) => a.sections.flatMap((s) => s.tips));

test('the library entry imports in Node without touching the DOM', () => {
  const entry = new URL('dist/lib/index.js', root).href;
  const script = `const m = await import(${JSON.stringify(entry)});
    if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('a DOM global appeared');
    console.log(Object.keys(m).sort().join(','));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim(), 'PartnershipPanel,PartnershipResource,PartnershipResources,PartnershipTips');
});

// Imported after the check above ran in its own process: @lit-labs/ssr brings its DOM shim.
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const { unsafeHTML } = await import('lit/directives/unsafe-html.js');
await import(fileURLToPath(new URL('dist/lib/define.js', root)));

/** Server-renders markup written as a string (each case's element and attributes). */
const ssr = (markup) => collectResult(render(html`${unsafeHTML(markup)}`));
/** The text of each rendered tip, in order. */
const tipsIn = (out) =>
  [...out.matchAll(/<li class="tip" part="tip"[^>]*>(?:<!--[^>]*-->)*([^<]*)/g)].map((m) =>
    m[1]
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );

test('<partnership-panel> renders to declarative shadow DOM with all 24 tips and the rest of the fact sheet', async () => {
  const out = await ssr('<partnership-panel></partnership-panel>');
  assert.ok(
    /<partnership-panel[^>]*><template shadowroot="open" shadowrootmode="open"><style>/.test(out),
    'the element holds a declarative shadow root with its styles',
  );
  const en = content('en');
  assert.deepEqual(tipsIn(out), allTips(en));
  assert.equal(tipsIn(out).length, 24);
  for (const text of [en.title, en.headline, en.closing, en.disclaimer, ...en.resources.items.map((r) => r.phone)])
    assert.ok(out.includes(text.replace(/'/g, '&#39;')), text);
  for (const id of ['build-trust', 'transportation-child-care', 'families-can-do'])
    assert.ok(out.includes(`<section id="${id}"`), id);
});

test('attributes apply on the server: language, audience, heading level, limit', async () => {
  const out = await ssr(
    '<partnership-panel lang="es" audience="families" heading-level="3" limit="2"></partnership-panel>',
  );
  const es = content('es');
  assert.deepEqual(tipsIn(out), es.audiences[1].sections[0].tips);
  assert.ok(/<h3 [^>]*id="_title"/.test(out), 'the title is an h3');
  // Past the limit, the tips are in a closed native disclosure, which works before any script runs.
  const more = /<details class="more-tips"[^>]*>([\s\S]*?)<\/details>/.exec(out);
  assert.ok(more && !/<details[^>]* open/.test(more[0]), 'a closed "Show N more tips"');
  assert.equal((more[1].match(/<li class="tip"/g) ?? []).length, es.audiences[1].sections[0].tips.length - 2);
  assert.ok(out.includes(es.title));
});

test('<partnership-tips> and <partnership-resources> render on the server too', async () => {
  const tips = await ssr('<partnership-tips audience="professionals"></partnership-tips>');
  assert.deepEqual(
    tipsIn(tips),
    content('en').audiences[0].sections.flatMap((s) => s.tips),
  );
  const resources = await ssr('<partnership-resources></partnership-resources>');
  for (const r of content('en').resources.items)
    assert.ok(resources.includes(`href="tel:${r.phone.replace(/\D/g, '')}"`));
});

test('editor text stays text on the server', async () => {
  const out = await ssr('<partnership-panel heading="&lt;img src=x onerror=alert(1)&gt;"></partnership-panel>');
  assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(!out.includes('<img'), 'no <img> element');
});
