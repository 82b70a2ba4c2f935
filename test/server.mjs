// Test-only routes for the content loader, served by the test runner's dev server under /__test/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const english = () => JSON.parse(readFileSync(new URL('../content/en.json', import.meta.url), 'utf8'));

const routes = {
  /** A copy of content/en.json with one edited tip and title, as an editor would serve it. */
  '/__test/edited.json': () => {
    const data = english();
    data.title = 'Our district: building winning partnerships';
    data.audiences[0].sections[0].tips[0] = 'Call families in their own language before the first meeting.';
    return [200, JSON.stringify(data)];
  },
  /** Partly wrong: a bad tip, a javascript: link, a bad phone, an unknown field; the rest valid. */
  '/__test/partly-wrong.json': () => [
    200,
    JSON.stringify({
      title: 'Partly wrong file',
      closing: 42,
      unknownField: true,
      audiences: [
        {
          id: 'families',
          heading: 'For our families',
          sections: [
            {
              id: 'home',
              heading: 'At home',
              tips: ['Read together every day.', { bad: 1 }, '<img src=x onerror=alert(1)>'],
            },
          ],
        },
        { id: 'aliens', heading: 'Nope', sections: [] },
      ],
      resources: {
        items: [
          { name: 'District family liaison', phone: '802-555-0100', href: 'javascript:alert(1)' },
          { name: 'Parent center', phone: 'call us!', href: 'https://example.org/parents' },
          { description: 'no name' },
        ],
      },
    }),
  ],
  /** Only the professionals' sections. */
  '/__test/professionals-only.json': () => {
    const data = english();
    return [200, JSON.stringify({ audiences: data.audiences.filter((a) => a.id === 'professionals') })];
  },
  /** Section ids that are the words the elements use for their own ids (title, all-tips, …-heading). */
  '/__test/own-ids.json': () => {
    const data = english();
    const section = (id, i) => ({
      id,
      heading: `Section ${id}`,
      tips: [`Tip ${i} one.`, `Tip ${i} two.`, `Tip ${i} three.`],
    });
    data.audiences[0].sections = [
      'title',
      'all-tips',
      'today',
      'resources',
      'resources-heading',
      'families-heading',
      'resource-0',
    ].map(section);
    data.audiences[1].sections = [
      'families',
      'build-trust',
      'build-trust-heading',
      'build-trust-body',
      'build-trust-tips',
    ].map(section);
    return [200, JSON.stringify(data)];
  },
  '/__test/not-json.json': () => [200, '<!doctype html><title>Oops</title>'],
  '/__test/array.json': () => [200, '[1, 2, 3]'],
  '/__test/missing.json': () => [404, 'Not found'],
};

/**
 * A page holding `<partnership-panel ATTRS>` server-rendered by @lit-labs/ssr from the library build, as a
 * build step would write it, and no script. Rendered in a Node process of its own, since @lit-labs/ssr
 * installs its DOM shim in the process that imports it.
 */
function serverRenderedPage(attributes) {
  const render = `
    import { render } from '@lit-labs/ssr';
    import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    import { unsafeHTML } from 'lit/directives/unsafe-html.js';
    import './dist/lib/define.js';
    process.stdout.write(await collectResult(render(html\`\${unsafeHTML(process.argv[1])}\`)));`;
  const panel = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', render, `<partnership-panel ${attributes}></partnership-panel>`],
    { cwd: new URL('..', import.meta.url), encoding: 'utf8' },
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="margin:0">${panel}<p id="below">After the panel</p></body></html>`;
}

/** What `partnership-panel render ARGS` prints (run as the command it is). */
function rendered(args) {
  return execFileSync(process.execPath, ['bin/partnership-panel.mjs', 'render', ...args], {
    cwd: new URL('..', import.meta.url),
    encoding: 'utf8',
  });
}

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * A page holding `partnership-panel render --format prerendered --base /dist/ ARGS` under the strict
 * CSP, with the probe that records violations first. `script=0` leaves the script tag out (a reader
 * without JavaScript); `before=1` keeps the server's nodes before the script runs
 * (test/fixtures/before-script.js); `edit=[from, to]` changes the snippet's text (an editor's edit after
 * pasting it); `lang` is the page's language (default `en`); `copies` pastes the snippet that many times
 * (default 1). before-script.js reads the page's `reader` itself.
 */
function prerenderedPage(args, { withScript, before, edit, lang = 'en', copies = 1 }) {
  let snippet = rendered(['--format', 'prerendered', '--base', '/dist/', ...args]);
  // More than one panel: the snippet pasted that many times, script and all.
  snippet = snippet.repeat(copies);
  if (edit) {
    if (!snippet.includes(edit[0])) throw new Error(`the snippet has no ${edit[0]}`);
    snippet = snippet.replace(edit[0], edit[1]);
  }
  if (!withScript) snippet = snippet.replace(/<script [^>]*><\/script>\n/g, '');
  // Before the first script: what it keeps is the first card (later ones are parsed after the script ran).
  else if (before)
    snippet = snippet.replace('<script ', '<script src="/test/fixtures/before-script.js"></script><script ');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}"><script src="/test/hardening/csp-probe.js"></script></head><body>${snippet}<p id="below">After the panel</p></body></html>`;
}

/** The address the test site is written for (its canonical and oEmbed addresses; the tests serve it here). */
export const SITE_URL = 'https://district.example/partnership/';
let siteFolder;
/**
 * A file of the folder `partnership-panel site --url SITE_URL` writes, written once per test run into a
 * temporary folder (removed when the run ends), served under /__site/ as a static host would.
 */
function siteFile(name) {
  if (!siteFolder) {
    siteFolder = mkdtempSync(join(tmpdir(), 'partnership-site-test-'));
    process.on('exit', () => rmSync(siteFolder, { recursive: true, force: true }));
    execFileSync(process.execPath, ['bin/partnership-panel.mjs', 'site', '--url', SITE_URL, '--out', siteFolder], {
      cwd: new URL('..', import.meta.url),
      stdio: 'ignore',
    });
  }
  const file = join(siteFolder, name === '' ? 'index.html' : name);
  return /^([\w-][\w.-]*)?$/.test(name) && existsSync(file) ? readFileSync(file) : null;
}
const SITE_TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain',
};
/** WordPress's own embed script, from Debian's wordpress package. */
const WP_EMBED = process.env.WP_EMBED_JS || '/usr/share/wordpress/wp-includes/js/wp-embed.js';

export function testRoutes() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/__site/')) {
      const name = ctx.path.slice('/__site/'.length);
      const body = siteFile(name);
      if (!body) return next();
      ctx.type = `${SITE_TYPES[extname(name || 'index.html')] ?? 'application/octet-stream'}; charset=utf-8`;
      ctx.body = body;
      return;
    }
    if (ctx.path === '/__wordpress/wp-embed.js') {
      // Missing (no wordpress package): 404, and the test that needs it is skipped, except with CI=true.
      const ci = process.env.CI === 'true' || process.env.CI === '1';
      ctx.status = existsSync(WP_EMBED) ? 200 : ci ? 500 : 404;
      ctx.type = 'text/javascript';
      ctx.body = existsSync(WP_EMBED)
        ? readFileSync(WP_EMBED)
        : `// ${WP_EMBED} not found (apt-get install -y wordpress)`;
      return;
    }
    if (ctx.path === '/__test/rendered.html') {
      ctx.type = 'text/plain';
      ctx.body = rendered(JSON.parse(String(ctx.query.args ?? '[]')));
      return;
    }
    if (ctx.path === '/__test/prerendered.html') {
      ctx.type = 'text/html';
      ctx.body = prerenderedPage(JSON.parse(String(ctx.query.args ?? '[]')), {
        withScript: ctx.query.script !== '0',
        before: ctx.query.before === '1',
        edit: ctx.query.edit ? JSON.parse(String(ctx.query.edit)) : undefined,
        lang: /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(String(ctx.query.lang)) ? String(ctx.query.lang) : undefined,
        copies: Math.min(Math.max(Number(ctx.query.copies) || 1, 1), 50),
      });
      return;
    }
    if (ctx.path === '/__test/server-rendered.html') {
      ctx.type = 'text/html';
      ctx.body = serverRenderedPage(String(ctx.query.attributes ?? ''));
      return;
    }
    if (ctx.path === '/__test/late.js') {
      // The bundle, ?delay=ms late: a script on a slow connection.
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(ctx.query.delay) || 0, 5000)));
      ctx.type = 'text/javascript';
      ctx.set('cache-control', 'no-store'); // late every time, never from the cache
      ctx.body = readFileSync(new URL('../dist/partnership-panel.js', import.meta.url));
      return;
    }
    if (ctx.path === '/__test/slow.json') {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    }
    const route = routes[ctx.path];
    if (!route) return next();
    // ?delay=ms answers that much later: a file still on its way while a test does something.
    const delay = Math.min(Number(ctx.query.delay) || 0, 5000);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const [status, body] = route();
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = body;
  };
}
