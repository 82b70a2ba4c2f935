// Privacy hardening of the built one-tag bundle: in a page of its own with a panel, tips and
// resources in every layout and theme, used as a reader would (buttons pressed, links followed),
// the widget asks for nothing beyond its own script, stores nothing, reads no cookie, adds at most
// one global and touches no API that fingerprints the reader. A probe script, loaded first, wraps
// each of those APIs and records every use (test/hardening/privacy-probe.js).
import { expect } from '@open-wc/testing';
import { BUNDLE, framePage, type FramePage } from './hardening/frame.js';

const PROBE = '/test/hardening/privacy-probe.js';
/** Lit's own version markers: Lit's, not ours. */
const LIT_MARKERS = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions'];

const BODY = `
  <partnership-panel></partnership-panel>
  <partnership-panel layout="accordion" theme="dark" accent="#7a1f5c"></partnership-panel>
  <partnership-panel layout="cards" theme="auto" tip-of-the-day no-resources></partnership-panel>
  <partnership-panel limit="2" heading="Partnering with our school"></partnership-panel>
  <partnership-tips layout="accordion" open lang="es"></partnership-tips>
  <partnership-tips audience="families" theme="dark" heading-level="3" layout="cards"></partnership-tips>
  <partnership-resources theme="auto" accent="rebeccapurple">
    <partnership-resource name="Local parent center" phone="802-555-0100" href="https://example.org/center"></partnership-resource>
  </partnership-resources>`;

interface Probe {
  calls: string[];
  before: string[];
  cookie: string;
}
const STORAGE = /^(Storage\.|localStorage|sessionStorage|indexedDB|caches|cookieStore|document\.cookie)/;
const NETWORK =
  /^(fetch|XMLHttpRequest|navigator\.sendBeacon|new (WebSocket|EventSource|RTCPeerConnection|Worker|SharedWorker)|serviceWorker)/;

for (const [how, script] of [
  ['a classic script', `<script src="${BUNDLE}"></script>`],
  ['a module script', `<script type="module" src="${BUNDLE}"></script>`],
]) {
  describe(`hardening: privacy, the bundle loaded from ${how}`, () => {
    let page: FramePage;
    let probe: Probe;
    let calls: string[];

    before(async function () {
      this.timeout(20_000);
      page = await framePage(`<meta charset="utf-8"><script src="${PROBE}"></script>${script}`, BODY);
      probe = page.win.__privacy as Probe;
      // Used as a reader would: every button pressed, every link followed (the page keeps the browser from leaving).
      page.doc.addEventListener('click', (e) => e.preventDefault(), true);
      for (const host of page.doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
        'partnership-panel, partnership-tips, partnership-resources',
      )) {
        for (const button of host.shadowRoot!.querySelectorAll('button')) {
          button.click();
          await host.updateComplete;
        }
        for (const link of host.shadowRoot!.querySelectorAll('a')) link.click();
      }
      // Anything the clicks asked for was asked before this request, which the checks below leave out.
      await new Promise((resolve) => {
        const img = page.doc.createElement('img');
        img.onerror = img.onload = resolve;
        img.src = `${PROBE}?after-the-clicks`;
      });
      calls = [...probe.calls];
    });
    after(() => page?.frame.remove());

    it('renders every element, so the checks below are of a working widget', () => {
      const tips = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="tip"]').length;
      const [plain] = page.doc.querySelectorAll('partnership-panel');
      expect(tips(plain)).to.equal(24);
      expect(
        page.doc.querySelector('partnership-resources')!.shadowRoot!.querySelectorAll('[part~="resource"]'),
      ).to.have.length(3);
      expect(probe.calls, 'the probe is recording').to.be.an('array');
    });

    it('asks for nothing beyond its own script, even once it is used', () => {
      const requested = page.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(requested.filter((path) => path !== PROBE)).to.deep.equal([BUNDLE]);
      expect(calls.filter((c) => NETWORK.test(c))).to.deep.equal([]);
    });

    it('sets no cookie and uses no localStorage, sessionStorage, IndexedDB or Cache storage', () => {
      expect(calls.filter((c) => STORAGE.test(c))).to.deep.equal([]);
      expect(page.doc.cookie).to.equal(probe.cookie);
    });

    it("adds at most one global of its own (Lit's version markers aside)", () => {
      const before = new Set(probe.before);
      const added = Object.keys(page.win).filter((k) => !before.has(k) && !LIT_MARKERS.includes(k));
      expect(added.length, `new globals: ${added.join(', ') || 'none'}`).to.be.at.most(1);
    });

    it('touches no fingerprinting API: canvas, WebGL, audio, plugins, hardware, battery, screen, fonts', () => {
      expect(calls.filter((c) => !STORAGE.test(c) && !NETWORK.test(c))).to.deep.equal([]);
    });

    it('the probe records what it watches, so the empty lists above mean something (control)', () => {
      const win = page.win;
      const start = probe.calls.length;
      win.localStorage.getItem('x');
      void win.document.cookie;
      win.document.createElement('canvas').getContext('2d');
      void win.navigator.plugins;
      win.fetch('data:,').catch(() => undefined);
      expect(probe.calls.slice(start)).to.include.members([
        'Storage.getItem',
        'document.cookie',
        'canvas.getContext',
        'navigator.plugins',
        'fetch',
      ]);
    });
  });
}
