// The handout as a printer gets it: each language's handout.html from `partnership-panel site`, printed
// to PDF by Chromium (puppeteer-core, the browser the suite already uses, backgrounds off as browsers
// print by default) on US Letter and on A4: at most two pages (one sheet), every tip and every phone
// number in the PDF's text (pdftotext, from poppler-utils), and its QR code, read back from a PNG of
// the first page (pdftoppm) by jsQR, is the page's address. `npm test` builds first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ci = process.env.CI === 'true' || process.env.CI === '1';
const URL_ = 'https://district.example/partnership/';
const LANGS = ['en', 'es', 'ar', 'fr', 'ne', 'sw', 'vi', 'zh'];
const content = (lang) => JSON.parse(readFileSync(join(root, `content/${lang}.json`), 'utf8'));
const tipsOf = (c) => c.audiences.flatMap((a) => a.sections.flatMap((s) => s.tips));
const phonesOf = (c) => [c.publisher.phone, ...c.resources.items.map((r) => r.phone)];

const missing = ['pdftotext', 'pdftoppm', 'pdfinfo'].filter((cmd) => spawnSync(cmd, ['-v']).error);
if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
const skip = missing.length ? `needs ${missing.join(', ')} (apt-get install -y poppler-utils chromium)` : false;
if (skip && ci) throw new Error(`CI=true but the handout test ${skip}`);

/**
 * Text as it can be compared with the PDF's: no white space (pdftotext breaks lines and, in Chinese,
 * spaces characters) and compatibility forms folded. Arabic also without its short vowels, bidi marks,
 * and the lam and alef letters: pdftotext writes the letters of the lam-alef ligature in visual order
 * (الأمور comes out as األمور), so the comparison keeps every other letter, in order.
 */
const comparable = (text, lang) => {
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  return lang === 'ar'
    ? folded
        .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '') // bidi marks
        .replace(/\p{Mn}/gu, '') // short vowels and other combining marks
        .replace(/[\u0627\u0623\u0625\u0622\u0644]/g, '') // alef (bare, with hamza or madda) and lam
    : folded;
};

let dir;
let browser;
before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'partnership-handout-'));
  execFileSync(process.execPath, [join(root, 'bin/partnership-panel.mjs'), 'site', '--url', URL_, '--out', dir], {
    stdio: 'ignore',
  });
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Prints a file of the folder to PDF; its path. */
async function print(file, format) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: 'load' });
  const pdf = join(dir, `${file}.${format}.pdf`);
  writeFileSync(pdf, await page.pdf({ format, printBackground: false }));
  await page.close();
  return pdf;
}
const pages = (pdf) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
const pdfText = (pdf) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });

for (const lang of LANGS) {
  const file = lang === 'en' ? 'handout.html' : `handout-${lang}.html`;
  for (const format of ['letter', 'a4'])
    test(`${file} prints on at most 2 ${format} pages with every tip and phone number as text`, { skip }, async () => {
      const pdf = await print(file, format);
      const count = pages(pdf);
      assert.ok(count >= 1 && count <= 2, `${count} pages`);
      const text = comparable(pdfText(pdf), lang);
      const c = content(lang);
      const lost = tipsOf(c).filter((tip) => !text.includes(comparable(tip, lang)));
      assert.deepEqual(
        lost,
        [],
        `tips not in the PDF's text (${tipsOf(c).length - lost.length} of ${tipsOf(c).length} are)`,
      );
      for (const phone of phonesOf(c)) assert.ok(text.includes(phone), `${phone} in the PDF's text`);
      assert.ok(text.includes(comparable(c.disclaimer, lang)), 'the disclaimer');
      // The date word by word: pdftotext puts an Arabic line's number before or after its words by its own bidi.
      for (const word of c.published.label.split(/\s+/))
        assert.ok(text.includes(comparable(word, lang)), `the date's ${word}`);
    });
}

for (const [lang, file, address] of [
  ['en', 'handout.html', URL_],
  ['ar', 'handout-ar.html', `${URL_}ar.html`],
]) {
  test(`the QR code of ${file}, printed, opens ${address}`, { skip }, async () => {
    const pdf = await print(file, 'letter');
    execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-png', pdf, join(dir, `qr-${lang}`)]);
    const png = PNG.sync.read(readFileSync(join(dir, `qr-${lang}-1.png`)));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(code, 'a QR code is found on the first page');
    assert.equal(code.data, address);
  });
}
