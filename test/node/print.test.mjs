// The whole panel printed to PDF in Chromium as a reader prints it (the print dialog's default: no
// background graphics): at most 4 pages on US Letter and on A4, every tip and phone number in the
// PDF's text, no page that ends on a heading (a heading keeps with what follows it), the bullets drawn
// (they are borders, not backgrounds) and the call buttons as their phone numbers. pdftotext (Debian's
// poppler-utils) reads the PDF. Skipped locally without Chromium or pdftotext; CI must run it.
/* global customElements, document, getComputedStyle, matchMedia -- in the functions puppeteer runs in the page */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim();
const missing = [!existsSync(CHROMIUM_PATH) && 'chromium', !pdftotext && 'pdftotext (poppler-utils)'].filter(Boolean);
if (missing.length && ci) throw new Error(`CI=true but ${missing.join(', ')} missing`);
const skip = missing.length ? `${missing.join(', ')} not installed` : false;

const en = JSON.parse(readFileSync(new URL('../../content/en.json', import.meta.url), 'utf8'));
const tips = en.audiences.flatMap((a) => a.sections.flatMap((s) => s.tips));
const phones = [...en.resources.items.map((r) => r.phone), en.publisher.phone];
const folded = (text) => text.replace(/\s+/g, ' ').trim();

let server;
let browser;
let dir;
before(async () => {
  if (skip) return;
  server = await serve({ port: 0 });
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  dir = mkdtempSync(join(tmpdir(), 'partnership-print-'));
});
after(async () => {
  await browser?.close();
  await server?.server.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The panel with `query`'s attributes, printed on `format` paper: its pages' text, and its headings. */
async function print(query, format) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/test/print/panel.html?${query}`, { waitUntil: 'load' });
  await page.evaluate(() => customElements.whenDefined('partnership-panel'));
  await page.evaluate(() => document.querySelector('partnership-panel').updateComplete);
  const headings = await page.evaluate(() =>
    [...document.querySelector('partnership-panel').shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
      h.textContent.replace(/\s+/g, ' ').trim(),
    ),
  );
  const marks = await page.evaluate(() => {
    matchMedia('print'); // (the pdf is made with print media; the bullets' border is the same on screen)
    const tip = document.querySelector('partnership-panel').shadowRoot.querySelector('[part~="tip"]');
    const bullet = getComputedStyle(tip, '::before');
    return { style: bullet.borderTopStyle, width: parseFloat(bullet.borderTopWidth) };
  });
  const file = join(dir, `${format}-${query.replace(/\W+/g, '_')}.pdf`);
  writeFileSync(
    file,
    await page.pdf({
      format,
      printBackground: false,
      margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' },
    }),
  );
  await page.close();
  const pages = execFileSync(pdftotext, ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
  return { pages, headings, marks };
}

for (const query of ['', 'layout=accordion&limit=2&tip-of-the-day=', 'layout=cards'])
  for (const format of ['letter', 'a4'])
    test(
      `printed (${query || 'the list'}) on ${format}: at most 4 pages, every tip and phone, no page ending on a heading`,
      { skip },
      async () => {
        const { pages, headings, marks } = await print(query, format);
        assert.ok(pages.length <= 4, `${pages.length} pages`);
        const all = folded(pages.join(' '));
        for (const tip of tips) assert.ok(all.includes(folded(tip)), `the tip "${tip.slice(0, 40)}…" is printed`);
        for (const phone of phones) assert.ok(all.includes(phone), `${phone} is printed`);
        assert.ok(!/Show \d+ more|Show all|Show fewer|Read more/.test(all), 'no control is printed');
        for (const [i, text] of pages.entries()) {
          if (i === pages.length - 1) continue;
          const last = folded(
            text
              .trim()
              .split('\n')
              .filter((l) => l.trim())
              .at(-1),
          );
          assert.ok(
            !headings.some((h) => h.startsWith(last) || last.endsWith(h)),
            `page ${i + 1} ends on the heading "${last}"`,
          );
        }
        assert.equal(marks.style, 'solid', 'the bullets are borders, which print without background graphics');
        assert.ok(marks.width > 0);
      },
    );
