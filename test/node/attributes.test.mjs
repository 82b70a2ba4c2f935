// Property-based: generated values, good and bad, for every attribute with a rule
// (test/fixtures/attribute-values.js). The command line, renderPanel and the WordPress plugin's PHP accept
// and refuse exactly what configure() (src/core/configure.ts, the elements' own rule) accepts and
// refuses, the first two with its message. (The configurator reads every value through configure()
// itself: test/node/configurator.test.mjs checks it keeps no rule of its own.)
// test/attributes.test.ts checks the elements in the browser against the same rule and values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { samples } from '../fixtures/attribute-values.js';

const root = new URL('../../', import.meta.url);
const { ATTRIBUTES, configure } = await import(new URL('dist/lib/core/index.js', root).href);
const { english, sectionIds } = await import(new URL('dist/lib/core/content.js', root).href);
const { renderPanel, RenderError } = await import(new URL('dist/lib/render.js', root).href);

const cases = samples(ATTRIBUTES, sectionIds(english));
/** What the elements say of one attribute's value: its problems' messages (none: accepted). */
const expected = (a, value) => configure('panel', { [a.name]: value }, english).problems.map((p) => p.message);

async function rendered(options) {
  try {
    await renderPanel(options);
    return [];
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    return error.problems;
  }
}

test(`renderPanel accepts and refuses what the elements do (${cases.length} attributes)`, async () => {
  for (const { attribute: a, values } of cases) {
    let refused = 0;
    for (const value of values) {
      const want = expected(a, value).map((m) => `<partnership-panel>: ${m}`);
      assert.deepEqual(await rendered({ [a.property]: value }), want, `${a.name}=${JSON.stringify(value)}`);
      if (want.length) refused++;
    }
    // The values try both sides of every rule (text and booleans have no bad value).
    if (['keyword', 'integer', 'sections'].includes(a.kind))
      assert.ok(refused > 0 && refused < values.length, `${a.name}: ${refused} of ${values.length} refused`);
  }
});

test('the command line accepts and refuses what the elements do, exit code 2 with their message', () => {
  for (const { attribute: a, values } of cases)
    for (const value of values.slice(0, 4)) {
      const args = a.kind === 'boolean' ? (value ? [`--${a.name}`] : []) : [`--${a.name}=${value}`];
      const run = spawnSync(
        process.execPath,
        [fileURLToPath(new URL('bin/partnership-panel.mjs', root)), 'render', ...args],
        {
          encoding: 'utf8',
        },
      );
      const want = expected(a, value);
      const where = `${args.join(' ')}: ${run.stderr}`;
      assert.equal(run.status, want.length ? 2 : 0, where);
      for (const message of want) assert.ok(run.stderr.includes(message), where);
    }
});

const noPhp = spawnSync('php', ['-v']).status !== 0;
if (noPhp && (process.env.CI === 'true' || process.env.CI === '1')) throw new Error('CI=true but php is missing');

test(
  "the WordPress plugin's PHP keeps and leaves out what the elements accept and refuse",
  { skip: noPhp ? 'php is not installed' : false },
  () => {
    // As the shortcode and the block give them: a boolean is true or absent, any other value its text.
    const list = cases.flatMap(({ attribute: a, values }) =>
      values.filter((v) => v !== false).map((value) => ({ a, value, options: { [a.property]: value } })),
    );
    const run = spawnSync('php', [fileURLToPath(new URL('wordpress/plain-html.php', import.meta.url))], {
      input: JSON.stringify(list.map((c) => c.options)),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    assert.equal(run.status, 0, run.stderr);
    const results = JSON.parse(run.stdout);
    for (const [i, { a, value }] of list.entries()) {
      const refused = expected(a, value).length > 0;
      assert.equal(
        results[i].dropped.includes(a.property),
        refused,
        `${a.name}=${JSON.stringify(value)}: PHP left out ${results[i].dropped}`,
      );
    }
  },
);
