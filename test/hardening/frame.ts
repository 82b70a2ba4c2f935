/** A fresh page in an iframe (its own window, registry and CSP), for the tests that load the built bundle. */

export type FrameWindow = Window & typeof globalThis & Record<string, unknown>;
export interface FramePage {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
}

export const BUNDLE = '/dist/partnership-panel.js';
const TAGS = 'partnership-panel, partnership-tips, partnership-resources';

/**
 * Loads `<head>` and `<body>` markup in a srcdoc iframe (same origin as the test page, so its
 * 'self' is the test server) and waits until every element in it has rendered. Fails, rather than
 * hanging, when the tags never get defined.
 */
export async function framePage(head: string, body: string, options: { lang?: string } = {}): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="${options.lang ?? 'en'}"><head>${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const defined = win.customElements.whenDefined('partnership-panel');
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error('the tags were never defined in the frame: was the bundle blocked?')), 5000),
  );
  await Promise.race([defined, timeout]);
  for (const el of win.document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(TAGS))
    await el.updateComplete;
  return { frame, win, doc: win.document };
}

/**
 * Waits until the page has reported every Content-Security-Policy violation so far, and returns how
 * many it reported: it makes one more, known violation (an inline style attribute, which any policy
 * here blocks) and waits for that report, which is queued after every earlier one. The probe records
 * it too, last: callers leave it out (`violations.slice(0, -1)`).
 */
export async function violationsSettled(page: FramePage): Promise<void> {
  const fence = page.doc.createElement('i');
  page.doc.body.append(fence);
  const reported = new Promise((resolve) => fence.addEventListener('securitypolicyviolation', resolve, { once: true }));
  fence.setAttribute('style', 'color: red');
  await reported;
  fence.remove();
}
