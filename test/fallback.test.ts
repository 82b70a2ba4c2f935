// Before the script runs, or without JavaScript: what an editor puts inside the element shows; once the
// bundle defines the element, the panel takes its place in one step, and nothing moves after that.
import { expect } from '@open-wc/testing';
import { BUNDLE } from './helpers.js';

const FALLBACK = `<partnership-panel>
  <p id="fallback"><a href="https://example.org/fact-sheet.pdf">Building Winning Partnerships (fact sheet, PDF)</a></p>
</partnership-panel><p id="below">After the panel</p>`;

async function frame(srcdoc: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = 'width: 800px; height: 600px; border: 0';
  f.srcdoc = srcdoc;
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  document.body.append(f);
  await loaded;
  return f;
}

describe('fallback content', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows while the element is not defined (no script, or scripts off)', async () => {
    const f = await frame(`<!doctype html><body>${FALLBACK}</body>`);
    const link = f.contentDocument!.querySelector('#fallback a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(f.contentWindow!.customElements.get('partnership-panel')).to.equal(undefined);
  });

  it('is replaced by the panel on upgrade, in one layout shift at most and none after', async function () {
    if (!('LayoutShift' in window)) this.skip(); // layout-shift entries are Chromium's only.
    const f = await frame(`<!doctype html><body style="margin:0">${FALLBACK}</body>`);
    const win = f.contentWindow as Window & typeof globalThis;
    const doc = f.contentDocument!;
    const shifts: PerformanceEntry[] = [];
    new win.PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({
      type: 'layout-shift',
      buffered: true,
    });
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    expect(shifts, 'nothing moves before the script').to.have.length(0);
    const script = doc.createElement('script');
    script.src = BUNDLE;
    const ran = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.body.append(script);
    await ran;
    const panel = doc.querySelector('partnership-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    await panel.updateComplete;
    expect(doc.querySelector('#fallback')!.getBoundingClientRect().height, 'fallback hidden').to.equal(0);
    expect(panel.shadowRoot!.querySelectorAll('[part~="tip"]')).to.have.length(24);
    // Layout shifts are reported once a frame has been painted: wait for frames, not for time.
    const frames = () => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    await frames();
    const afterUpgrade = shifts.length;
    expect(afterUpgrade, 'at most the one replacement').to.be.at.most(1);
    await frames();
    expect(shifts.length, 'no shift after the first render').to.equal(afterUpgrade);
  });
});
