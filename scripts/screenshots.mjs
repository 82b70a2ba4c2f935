#!/usr/bin/env node
// Retakes docs/screenshots/: the demo pages (whole) and the first screen of the gallery and the
// configurator, at 1280 and 375 px wide, in headless Chromium (build first). Look at them before calling a visual change done.
/* global document -- in the function puppeteer runs in the page */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './serve.mjs';

/** name, page, image type, and whether the whole page (the demos) or its first screen (the tools). */
const PAGES = [
  ['school', 'demo/school.html', 'jpeg', true],
  ['clinic', 'demo/clinic.html', 'jpeg', true],
  ['gallery', 'demo/index.html', 'png', false],
  ['configurator', 'demo/configurator.html', 'png', false],
];
const server = await serve({ port: 0 });
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  for (const [name, path, type, fullPage] of PAGES)
    for (const width of [1280, 375]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle0' });
      await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((el) => el.updateComplete)));
      const file = `docs/screenshots/${name}-${width}.${type === 'jpeg' ? 'jpg' : 'png'}`;
      await page.screenshot({ path: file, fullPage, type, ...(type === 'jpeg' ? { quality: 80 } : {}) });
      console.log(file);
      await page.close();
    }
} finally {
  await browser.close();
  await server.server.stop();
}
