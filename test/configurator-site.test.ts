// The configurator's block "A page to frame, and a handout" (demo/configurator-site.js): the site
// command and the iframe for the settings, the QR code's address, and "Print handout", which opens the
// handout render --format handout writes for them. Needs `npm run build` first (dist/site-kit.js).
import { expect } from '@open-wc/testing';
import { spanish } from './helpers.js';

type Win = Window & typeof globalThis;

async function until<T>(check: () => T, what: string, tries = 200): Promise<NonNullable<T>> {
  for (let i = 0; i < tries; i++) {
    const value = check();
    if (value) return value as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function open() {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/configurator.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  await until(() => win.document.getElementById('site-panel')?.dataset.ready === '', 'the site block');
  const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => win.document.getElementById(id) as T;
  const set = (id: string, value: string) => {
    const el = $<HTMLInputElement | HTMLSelectElement>(id);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  /** The configurator's update waits for a pause in typing; then this block's follows it. */
  const settle = () =>
    until(() => !('pending' in win.document.body.dataset), 'the update').then(
      () => new Promise((r) => setTimeout(r, 0)),
    );
  return { frame, win, $, set, settle };
}

describe('the configurator: a page to frame, and a handout', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it("shows the site command, the iframe and the QR code's address for the settings", async () => {
    const { $, set, settle } = await open();
    expect($('site-command').textContent).to.equal(
      'npx partnership-panel site --url https://district.example/partnership/ --out partnership',
    );
    set('lang', 'es');
    $('audience-families').click();
    set('site-url', 'https://www.example.org/familias');
    await settle();
    expect($('site-command').textContent).to.equal(
      'npx partnership-panel site --url https://www.example.org/familias/ --out partnership --lang es --audience families',
    );
    expect($<HTMLTextAreaElement>('site-iframe').value).to.equal(
      '<iframe src="https://www.example.org/familias/" title="Building Winning Partnerships" width="100%" height="900" frameborder="0" loading="lazy"></iframe>\n' +
        '<script src="https://www.example.org/familias/resize-frame.js" async></script>\n',
    );
    expect($('qr-address').textContent).to.equal('https://www.example.org/familias/');
    set('site-url', 'http://www.example.org/');
    await settle();
    expect($('site-url-error').hidden).to.equal(false);
    expect($('site-url-error').textContent).to.match(/not https/);
  });

  it('"Print handout" opens the handout for the settings, in their language, with its QR code', async () => {
    const { win, $, set, settle } = await open();
    const opened: string[] = [];
    let printed = 0;
    win.open = ((url: string) => {
      opened.push(url);
      return { addEventListener: (_: string, listener: () => void) => listener(), print: () => printed++ };
    }) as unknown as Win['open'];
    set('lang', 'es');
    await settle();
    $<HTMLButtonElement>('print-handout').click();
    expect(opened).to.have.length(1);
    expect(printed, 'the print dialog asked for').to.equal(1);
    const html = await (await fetch(opened[0])).text();
    expect(html).to.match(/^<!doctype html>\n<html lang="es" dir="ltr">/);
    for (const tip of spanish.audiences.flatMap((a) => a.sections.flatMap((s) => s.tips)))
      expect(html.replace(/&#39;/g, "'"), tip).to.include(tip.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    expect(html).to.include('<figcaption dir="ltr">https://district.example/partnership/</figcaption>');
    expect(html).to.match(/<svg role="img" aria-label="https:\/\/district.example\/partnership\/"/);
    expect(html).to.include(`<link rel="stylesheet" href="${new URL('/src/site/handout.css', location.href).href}">`);
    expect(html).not.to.match(/<a[\s>]|<button|<script/);
    expect($('handout-status').textContent).to.match(/new tab/);
  });
});
