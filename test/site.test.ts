// The folder `partnership-panel site` writes, served by the test server (/__site/, test/server.mjs) and
// framed from another origin (this page is on localhost, the frames on 127.0.0.1, or the other way
// round), as the places that take only an iframe frame it:
//  - sandbox="" (no script at all): the page is whole, every tip laid out, in its styles;
//  - sandbox="allow-scripts" with a #?secret= address, as WordPress frames an embed: the parent gets
//    WordPress-protocol height messages, and WordPress's own wp-embed.js (Debian's wordpress package)
//    sizes the oEmbed response's iframe to the embed page, which fits in wp-embed's 1000 px;
//  - resize-frame.js on the parent: the frame is as tall as its page at every width from 280 px, with
//    no scrollbar inside it.
// A cross-origin frame cannot be read from here: the `frame` server command (scripts/wtr-frames.mjs)
// reads it through the browser's automation.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ar from '../content/ar.json' with { type: 'json' };
import type { Content } from '../src/core/content.js';
import { allTips, english } from './helpers.js';

const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const SITE = `http://${other}:${location.port}/__site/`;
/** The address the test site was written for (test/server.mjs). */
const SITE_URL = 'https://district.example/partnership/';

let count = 0;
const frames: HTMLElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Frames a file of the folder, under an address no other frame has; resolves once it has loaded. */
async function frame(
  file: string,
  attributes: Record<string, string> = {},
  hash = '',
  parent: HTMLElement = document.body,
) {
  const key = `t=${++count}-${Math.random().toString(36).slice(2, 8)}`;
  const iframe = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) iframe.setAttribute(name, value);
  iframe.src = `${SITE}${file}?${key}${hash}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  parent.append(iframe);
  frames.push(parent === document.body ? iframe : parent);
  await loaded;
  return { iframe, key };
}

/** Evaluates an expression in the frame whose address has `key` (through the browser's automation). */
const inFrame = <T>(key: string, expression: string) =>
  executeServerCommand<T, { src: string; expression: string }>('frame', { src: key, expression });

/** The frame's content height, viewport and scroll sizes. */
const measure = (key: string) =>
  inFrame<{
    content: number;
    innerHeight: number;
    scrollHeight: number;
    clientHeight: number;
    scrollWidth: number;
    clientWidth: number;
  }>(
    key,
    `(() => { const r = document.documentElement; return { content: Math.ceil(r.getBoundingClientRect().height), innerHeight, scrollHeight: r.scrollHeight, clientHeight: r.clientHeight, scrollWidth: r.scrollWidth, clientWidth: r.clientWidth }; })()`,
  );

/** Messages from a window, as they arrive. */
function messagesFrom(source: () => Window | null) {
  const got: { message?: string; value?: unknown; secret?: string }[] = [];
  const listener = (event: MessageEvent) => event.source === source() && got.push(event.data);
  window.addEventListener('message', listener);
  return { got, stop: () => window.removeEventListener('message', listener) };
}

/** Waits until `check` is true (polls; no assertion on the time it takes). */
async function until(what: string, check: () => boolean | Promise<boolean>, tries = 100) {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the site, framed from another origin', () => {
  for (const [file, content] of [
    ['index.html', english],
    ['ar.html', ar as Content],
  ] as const) {
    it(`${file} with sandbox="" (no script): every tip shown, in the folder's styles`, async () => {
      const { key } = await frame(file, { sandbox: '', style: 'width: 600px; height: 400px' });
      const seen = await inFrame<{
        tips: string[];
        laidOut: number;
        dir: string;
        lang: string;
        framed: boolean;
        accent: string;
      }>(
        key,
        `({ tips: [...document.querySelectorAll('main li')].map((li) => li.textContent.trim()),
            laidOut: [...document.querySelectorAll('main li')].filter((li) => li.getBoundingClientRect().height > 0 && getComputedStyle(li).visibility === 'visible').length,
            dir: document.documentElement.dir, lang: document.documentElement.lang,
            framed: document.documentElement.hasAttribute('data-framed'),
            accent: getComputedStyle(document.querySelector('main h1')).color })`,
      );
      const tips = allTips(content);
      expect(tips).to.have.length(24);
      for (const tip of tips) expect(seen.tips, tip).to.include(tip);
      expect(seen.laidOut, 'every list item laid out').to.equal(seen.tips.length);
      expect([seen.lang, seen.dir]).to.deep.equal([content.lang, content.dir ?? 'ltr']);
      expect(seen.framed, 'no script ran').to.equal(false);
      expect(seen.accent, 'the stylesheet applies').to.equal('rgb(11, 92, 173)');
    });
  }

  it('sandbox="allow-scripts" with #?secret=: the page posts its height in WordPress\'s protocol, and again when it changes', async () => {
    let iframe: HTMLIFrameElement | undefined;
    const messages = messagesFrom(() => iframe?.contentWindow ?? null);
    try {
      const framed = await frame(
        'index.html',
        { sandbox: 'allow-scripts', style: 'width: 600px; height: 300px; border: 0' },
        '#?secret=Ab3dE6gH9j',
      );
      iframe = framed.iframe;
      await until('a height message', () => messages.got.some((m) => m.message === 'height'));
      const { content } = await measure(framed.key);
      await until('the height of the page', () => messages.got.at(-1)?.value === content);
      const last = messages.got.at(-1)!;
      expect(last).to.deep.equal({ message: 'height', value: content, secret: 'Ab3dE6gH9j' });
      iframe.style.width = '320px';
      await until('a taller height at 320 px', () => (messages.got.at(-1)?.value as number) > content);
      expect((await measure(framed.key)).content).to.equal(messages.got.at(-1)!.value);
    } finally {
      messages.stop();
    }
  });

  for (const width of [600, 280]) {
    it(`WordPress's wp-embed.js sizes the oEmbed response's iframe to the embed page at ${width} px, within its 1000 px`, async function () {
      const script = await fetch('/__wordpress/wp-embed.js');
      if (script.status === 404) this.skip(); // no wordpress package here (CI=true makes it a failure)
      expect(script.ok, await script.clone().text()).to.equal(true);
      if (!(window as { wp?: { receiveEmbedMessage?: unknown } }).wp?.receiveEmbedMessage) {
        const tag = document.createElement('script');
        tag.src = '/__wordpress/wp-embed.js';
        await new Promise(
          (resolve, reject) => (
            tag.addEventListener('load', resolve),
            tag.addEventListener('error', reject),
            document.head.append(tag)
          ),
        );
      }
      // The response's html, served here instead of at its address, as wp_filter_oembed_result writes
      // it into a post: a secret in the address and on both elements, the iframe hidden until it
      // reports, and WordPress's class, sandbox and security attributes.
      const json = await (await fetch('/__site/oembed.json')).json(); // this origin's copy: a static host sends no CORS headers
      const key = `t=${++count}wp`;
      const secret = `Wp${count}x7Kq2Z`.slice(0, 10);
      const html = (json.html as string)
        .replaceAll(SITE_URL, SITE)
        .replace('embed.html"', `embed.html?${key}#?secret=${secret}" data-secret="${secret}"`)
        .replace('<blockquote>', `<blockquote class="wp-embedded-content" data-secret="${secret}">`)
        .replace(
          '<iframe',
          '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"',
        )
        .replace(/width="\d+"/, `width="${width}"`);
      const post = document.createElement('div');
      post.innerHTML = html; // test-authored markup (no Trusted Types on this page)
      document.body.append(post);
      frames.push(post);
      const iframe = post.querySelector('iframe')!;
      const initial = iframe.height;
      await until('wp-embed.js to size the frame', () => iframe.height !== initial && !iframe.hasAttribute('style'));
      expect(post.querySelector('blockquote')!.style.display, 'the link quote hidden').to.equal('none');
      const height = Number(iframe.height);
      // The frame's own viewport takes that height a moment after the attribute changes (Chromium lays a
      // cross-origin frame out in another process): measure once it has it.
      await until('the frame to take its new height', async () => (await measure(key)).innerHeight === height);
      const seen = await measure(key);
      console.log(`embed.html framed by wp-embed.js at ${width} px: content ${seen.content} px, frame ${height} px`);
      expect(seen.content, 'the embed page fits in 1000 px').to.be.at.most(1000);
      expect(height).to.equal(Math.max(200, seen.content));
      expect(seen.scrollHeight, 'no scrolling inside').to.be.at.most(seen.clientHeight);
      expect(seen.scrollWidth, 'nothing wider than the frame').to.be.at.most(seen.clientWidth);
    });
  }

  it("every language's embed page fits in wp-embed's 1000 px at 280 px", async () => {
    const heights: Record<string, number> = {};
    for (const lang of ['en', 'es', 'ar', 'fr', 'ne', 'sw', 'vi', 'zh']) {
      const { key } = await frame(lang === 'en' ? 'embed.html' : `embed-${lang}.html`, {
        width: '280',
        height: '1000',
        style: 'border: 0',
      });
      const seen = await measure(key);
      heights[lang] = seen.content;
      expect(seen.scrollWidth, `${lang}: nothing wider than 280 px`).to.be.at.most(seen.clientWidth);
    }
    console.log(`embed pages at 280 px: ${JSON.stringify(heights)}`);
    for (const [lang, height] of Object.entries(heights)) expect(height, lang).to.be.at.most(1000);
  });

  it('in WordPress\'s sandbox, which opens no tab, "Show all tips" asks the parent to open the page (link message)', async () => {
    let iframe: HTMLIFrameElement | undefined;
    const messages = messagesFrom(() => iframe?.contentWindow ?? null);
    try {
      const framed = await frame('embed.html', { sandbox: 'allow-scripts' }, '#?secret=Lk4mN7pQ1r');
      iframe = framed.iframe;
      await until('a height message', () => messages.got.some((m) => m.message === 'height'));
      await inFrame(framed.key, `(document.querySelector('.more a').click(), true)`);
      await until('a link message', () => messages.got.some((m) => m.message === 'link'));
      expect(messages.got.find((m) => m.message === 'link')).to.deep.equal({
        message: 'link',
        value: `${SITE}index.html`,
        secret: 'Lk4mN7pQ1r',
      });
    } finally {
      messages.stop();
    }
  });

  it("resize-frame.js on another site's page: the frame is as tall as its page, with no scrollbar, at every width from 280 px", async () => {
    const box = document.createElement('div');
    document.body.append(box);
    const { iframe, key } = await frame(
      'index.html',
      { title: 'Building Winning Partnerships', style: 'width: 100%; border: 0' },
      '',
      box,
    );
    const script = document.createElement('script');
    script.src = `${SITE}resize-frame.js`;
    document.body.append(script);
    frames.push(script);
    const heights: Record<number, number> = {};
    for (const width of [280, 375, 768, 1280]) {
      box.style.width = `${width}px`;
      let before = -1;
      await until(`the frame at ${width} px to be its page's height`, async () => {
        const seen = await measure(key);
        const settled = iframe.getBoundingClientRect().height === seen.content && seen.content === before;
        before = seen.content;
        return settled;
      });
      const seen = await measure(key);
      heights[width] = seen.content;
      expect(iframe.getAttribute('data-partnership-secret')).to.match(/^[a-z0-9]{10}$/);
      expect(seen.scrollHeight, `${width} px: no vertical scrollbar`).to.be.at.most(seen.clientHeight);
      expect(seen.scrollWidth, `${width} px: no horizontal scrollbar`).to.be.at.most(seen.clientWidth);
      expect(seen.innerHeight).to.equal(seen.content);
    }
    console.log(`index.html sized by resize-frame.js: ${JSON.stringify(heights)}`);
    expect(heights[280]).to.be.above(heights[1280]);
  });
});
