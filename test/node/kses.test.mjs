// The plain HTML of `partnership-panel render` through WordPress's wp_kses_post(), run by PHP from
// Debian's `wordpress` package: what an Author's post keeps of it must be all of it, unchanged. Skipped,
// with a line saying how to install them, where PHP or WordPress is missing; with CI=true they must be there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const WORDPRESS = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
const php = spawnSync('php', ['-v'], { encoding: 'utf8' });
const missing =
  php.status !== 0 ? 'php' : !existsSync(`${WORDPRESS}/wp-includes/kses.php`) ? `WordPress (${WORDPRESS})` : null;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const skip = missing && !ci ? `${missing} is not installed: apt-get install -y php-cli wordpress` : false;
if (missing && ci) throw new Error(`CI=true but ${missing} is missing: apt-get install -y php-cli wordpress`);

const { renderPanel } = await import(new URL('dist/lib/render.js', root).href);
const kses = (html) =>
  spawnSync('php', [fileURLToPath(new URL('kses/wp-kses-post.php', import.meta.url))], {
    input: html,
    encoding: 'utf8',
    env: { ...process.env, WORDPRESS_DIR: WORDPRESS },
  });

const CONFIGURATIONS = [
  {},
  { audience: 'families', lang: 'es' },
  { lang: 'es', limit: 2, heading: 'Para las familias', headingLevel: 3 },
  {
    resources: [
      {
        name: 'Parent center',
        phone: '802-555-0100',
        href: 'https://example.org/parents',
        description: 'Help in our district',
      },
    ],
  },
  { element: 'tips', sections: 'build-trust,families-can-do', lang: 'ar' },
  {
    element: 'resources',
    resources: [{ name: 'Family liaison', phone: '(802) 555-0199', href: 'mailto:liaison@example.org' }],
  },
];

for (const options of CONFIGURATIONS)
  test(`wp_kses_post keeps the plain HTML whole: ${JSON.stringify(options)}`, { skip }, async () => {
    const html = await renderPanel(options);
    const { status, stdout, stderr } = kses(html);
    assert.equal(status, 0, stderr);
    // kses writes numeric character references with three digits (&#39; as &#039;): the same text.
    const same = (text) => text.replace(/&#0*(\d+);/g, '&#$1;');
    const at = [...same(html)].findIndex((c, i) => c !== same(stdout)[i]);
    assert.equal(same(stdout), same(html), `changed from: ${same(html).slice(Math.max(0, at - 60), at + 60)}`);
  });

test('wp_kses_post does strip what it must (control): a script, an event handler, a custom element', { skip }, () => {
  const { stdout } = kses('<p onclick="x()">a</p><script>alert(1)</script><partnership-panel></partnership-panel>');
  assert.equal(stdout, '<p>a</p>alert(1)');
});
