#!/usr/bin/env node
// Screenshots of `partnership-panel site` for docs/screenshots/, in headless Chromium (after `npm run
// build`): the page framed on another origin's page with resize-frame.js, at 375 and 1280 px; the
// embed page as WordPress shows a pasted link (its oEmbed HTML, sized by WordPress's own wp-embed.js,
// from Debian's wordpress package); and the English and Arabic handouts as printed on US Letter
// (Chromium's PDF, then pdftoppm). Run it by hand: node scripts/site-screenshots.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/* global document -- in the functions puppeteer runs in the page */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'docs/screenshots');
const SITE_URL = 'https://district.example/partnership/';
const WP_EMBED = '/usr/share/wordpress/wp-includes/js/wp-embed.js';
const T = mkdtempSync(join(tmpdir(), 'partnership-site-shots-'));
const folder = join(T, 'partnership');
execFileSync(process.execPath, [join(root, 'bin/partnership-panel.mjs'), 'site', '--url', SITE_URL, '--out', folder], {
  stdio: 'inherit',
});

const { server, url } = await serve({ root: T, csp: false, port: 0 });
const port = new URL(url).port;
const frameBase = `http://127.0.0.1:${port}/partnership/`; // another origin than the parent pages (localhost)

/** A parent page, as another site would have it: a header, a column, and what goes in it. */
const parent = (title, body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}
<style>body{margin:0;font:16px/1.5 Georgia,serif;background:#f4f1ea;color:#222}header{background:#5b2a86;color:#fff;padding:12px 20px;font:600 18px system-ui,sans-serif}
main{max-width:760px;margin:0 auto;padding:16px 20px;background:#fff;min-height:100vh}iframe{display:block;width:100%;border:0}</style></head>
<body><header>${title}</header><main>${body}</main></body></html>`;

writeFileSync(
  join(T, 'lms.html'),
  parent(
    'Grade 3 · Family corner',
    `<p>Our partnership tips, from the district's page:</p>
<iframe src="${frameBase}" title="Building Winning Partnerships"></iframe>
<script src="${frameBase}resize-frame.js" async></script><p>Questions? Call the front office.</p>`,
  ),
);
if (existsSync(WP_EMBED)) copyFileSync(WP_EMBED, join(T, 'wp-embed.js'));
// The oEmbed response's HTML as WordPress writes it into a post (wp_filter_oembed_result), served here.
const secret = 'Sh0tSecret';
const html = JSON.parse(readFileSync(join(folder, 'oembed.json'), 'utf8'))
  .html.replaceAll(SITE_URL, frameBase)
  .replace('embed.html"', `embed.html#?secret=${secret}" data-secret="${secret}"`)
  .replace('<blockquote>', `<blockquote class="wp-embedded-content" data-secret="${secret}">`)
  .replace(
    '<iframe',
    '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"',
  );
writeFileSync(
  join(T, 'wordpress.html'),
  parent(
    'Lincoln Elementary · News',
    `<h1 style="font-weight:400">Working together for our children</h1><p>This month's fact sheet, pasted as a link:</p>${html}<p>See you at the open house.</p>`,
    '<script src="wp-embed.js"></script>',
  ),
);

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  /** Waits until the frame's height has stopped changing. */
  const settled = async () => {
    let last = -1;
    for (let i = 0; i < 60; i++) {
      const height = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
      if (height === last && height > 300) return height;
      last = height;
      await new Promise((r) => setTimeout(r, 150));
    }
    return last;
  };
  for (const [width, height] of [
    [375, 812],
    [1280, 900],
  ]) {
    await page.setViewport({ width, height });
    await page.goto(`${url}/lms.html`, { waitUntil: 'load' });
    console.log(`framed at ${width} px: ${await settled()} px tall`);
    await page.screenshot({ path: join(out, `site-framed-${width}.png`) });
  }
  if (existsSync(WP_EMBED)) {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${url}/wordpress.html`, { waitUntil: 'load' });
    console.log(`WordPress embed: ${await settled()} px tall`);
    await page.screenshot({ path: join(out, 'site-wordpress-embed-1280.png') });
  } else console.log(`${WP_EMBED} missing: no WordPress screenshot (apt-get install -y wordpress)`);

  // The handouts, printed on US Letter, then each page as a PNG.
  for (const [file, name] of [
    ['handout.html', 'handout-letter'],
    ['handout-ar.html', 'handout-ar-letter'],
  ]) {
    await page.goto(`${url}/partnership/${file}`, { waitUntil: 'load' });
    const pdf = join(T, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'letter', printBackground: false }));
    execFileSync('pdftoppm', ['-r', '70', '-png', pdf, join(out, name)]);
    console.log(`${name}: printed`);
  }
} finally {
  await browser.close();
  await (server.stop ? server.stop() : new Promise((resolve) => server.close(resolve)));
  rmSync(T, { recursive: true, force: true });
}
