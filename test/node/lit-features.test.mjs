// The one-tag bundle ships its templates compiled (scripts/compile-templates.mjs) and lit-html without
// what compiled templates and these elements never use (scripts/trim-lit.mjs). These tests keep that
// true: a template in src/ that starts to need a cut feature fails here, with the feature named,
// instead of rendering wrong in the bundle only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('../../src/', import.meta.url);
const BUNDLE = new URL('../../dist/partnership-panel.js', import.meta.url);

const sources = readdirSync(SRC, { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(join(SRC.pathname, file), 'utf8') }));

/**
 * Reads a template literal's text from `start` (just after its opening backtick) to its closing one;
 * each ${…} expression, however nested, becomes "${}". Returns the text and where the literal ends.
 */
function readTemplate(text, start) {
  let out = '';
  let i = start;
  while (i < text.length && text[i] !== '`') {
    if (text[i] === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (text.startsWith('${', i)) {
      i = skipExpression(text, i + 2);
      out += '${}';
    } else out += text[i++];
  }
  return { markup: out, end: i + 1 };
}

/** From inside a ${…}, the index just after its closing brace (strings and nested templates skipped). */
function skipExpression(text, i) {
  for (let depth = 1; depth > 0;) {
    const c = text[i];
    if (c === '`') i = readTemplate(text, i + 1).end;
    else if (c === "'" || c === '"') {
      i++;
      while (text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      i++;
    }
  }
  return i;
}

/** The markup of every html`` template in the sources, nested ones too, each expression as "${}". */
const templates = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/\bhtml`/g)].map((m) => ({ file, markup: readTemplate(text, m.index + 5).markup })),
);

test('the sources have html`` templates to check', () => {
  // The card's (partnership-element.ts); the content inside it is markup (render.ts), not templates.
  assert.ok(
    templates.some(({ file }) => file.endsWith('partnership-element.ts')),
    'found no template to check',
  );
});

/** A tag's inside holds a binding that is not an attribute's value: `<div ${ref(…)}>`. */
const elementBinding = (markup) =>
  [...markup.matchAll(/<[a-z][\w-]*\b([^>]*)>/g)].some(([, inside]) =>
    inside
      .replace(/"[^"]*"|'[^']*'/g, '')
      .replace(/=\s*\$\{\}/g, '')
      .includes('${}'),
  );

const FEATURES = [
  ['a property binding (.name=${…})', (markup) => /\s\.[\w-]+=/.test(markup)],
  ['an element binding (<tag ${…}>)', elementBinding],
  [
    'a binding inside <script>, <style>, <textarea> or <title>',
    (markup) => /<(script|style|textarea|title)\b[^>]*>[^<]*\$\{/i.test(markup),
  ],
];

for (const [feature, uses] of FEATURES) {
  test(`no template uses ${feature}, which the bundle's lit-html has not`, () => {
    const using = templates.filter(({ markup }) => uses(markup));
    assert.deepEqual(
      using.map(({ file, markup }) => `${file}: ${markup.slice(0, 80)}`),
      [],
      `${feature}: remove it, or stop cutting it in scripts/trim-lit.mjs`,
    );
  });
}

test("no source imports svg``, mathml`` or a directive, which the bundle's lit-html has not", () => {
  const imports = sources.filter(({ text }) =>
    /from\s+'lit(?:-html)?\/(?:directives?\/|directive\.js|async-directive|static)|import\s*\{[^}]*\b(svg|mathml)\b[^}]*\}\s*from\s*'lit/.test(
      text,
    ),
  );
  assert.deepEqual(
    imports.map(({ file }) => file),
    [],
  );
});

test('the bundle was built with compiled templates and the trimmed lit-html', () => {
  const code = readFileSync(BUNDLE, 'utf8');
  assert.ok(code.includes('lit-html'), 'Lit is in the bundle (its Trusted Types policy name)');
  assert.ok(!code.includes('litHtmlVersions'), 'lit-html is trimmed (its version list is gone)');
  assert.ok(!code.includes('_$litDirective$'), 'lit-html is trimmed (directive support is gone)');
  assert.ok(!code.includes('Math.random'), "lit-html is trimmed (the scanner's random marker is gone)");
  assert.ok(/\bparts:\[\{type:/.test(code), 'the templates are compiled (each carries its list of bindings)');
});
