// The built bundle under the strictest Content-Security-Policy a site may set:
//   default-src 'none'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// Each page is a srcdoc iframe carrying the policy in a <meta>, 'self' being the test server.
// Inline scripts are blocked by that policy, so the page's first script is a file,
// test/hardening/csp-probe.js, which records every violation, error and warning in window.__csp.
// Trusted Types are enforced by Chromium (and engines that ship them); elsewhere that part is skipped
// and the rest of the policy is still checked.
import { expect } from '@open-wc/testing';
import { BUNDLE, framePage, violationsSettled, type FramePage } from './hardening/frame.js';
import { isOpen, toggled } from './helpers.js';

const STRICT =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
// On a site, 'self' is the site's origin. Firefox gives an about:srcdoc document's 'self' no origin
// at all (Chromium and WebKit give it the parent's), so the page names the origin beside 'self':
// for a page of that origin it is the same policy.
const POLICY = STRICT.replace(/'self'/g, `'self' ${location.origin}`);
const PROBE = '/test/hardening/csp-probe.js';

interface Csp {
  ready: boolean;
  violations: string[];
  errors: string[];
  warnings: string[];
}
type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** A page under the strict policy: the probe first, then the bundle (classic) and `body`. */
async function strictPage(body: string): Promise<FramePage & { csp: Csp }> {
  const head = `<meta http-equiv="Content-Security-Policy" content="${POLICY}"><meta charset="utf-8"><script src="${PROBE}"></script><script src="${BUNDLE}"></script>`;
  const page = await framePage(head, body);
  const csp = page.win.__csp as Csp | undefined;
  if (!csp?.ready) throw new Error('the probe script did not run under the policy');
  return { ...page, csp };
}
/** Every violation the page has reported by now (the fence's own left out). */
async function violations(page: FramePage & { csp: Csp }): Promise<string[]> {
  await violationsSettled(page);
  return page.csp.violations.slice(0, -1);
}
const tips = (el: Element | null) => el!.shadowRoot!.querySelectorAll('[part~="tip"]').length;
/** Trusted Types enforced in this frame: an untrusted string into innerHTML throws. Adds a violation when it is. */
function enforcesTrustedTypes(page: FramePage): boolean {
  try {
    page.doc.createElement('div').innerHTML = '<b>x</b>';
    return false;
  } catch (error) {
    return error instanceof (page.win as unknown as { TypeError: typeof TypeError }).TypeError;
  }
}
const isChromium = () => /Chrome\//.test(navigator.userAgent);

describe('hardening: the bundle under a strict Content-Security-Policy', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the test page really enforces the policy, and the probe sees what it blocks (control)', async () => {
    const page = await strictPage(
      `<partnership-tips></partnership-tips><div style="color: red">styled inline</div><script>window.__inline = 1</script>`,
    );
    const reported = await violations(page);
    expect(page.win.__inline, 'an inline script ran').to.equal(undefined);
    expect(
      reported.some((v) => v.includes('script-src')),
      reported.join('\n'),
    ).to.equal(true);
    expect(
      reported.some((v) => v.includes('style-src')),
      reported.join('\n'),
    ).to.equal(true);
  });

  it('included twice, classic and module, renders the panel, tips and resources without a single violation', async () => {
    const page = await strictPage(`
      <partnership-panel heading="<img src=x onerror=alert(1)>"></partnership-panel>
      <partnership-tips audience="families" theme="dark"></partnership-tips>
      <partnership-resources theme="auto">
        <partnership-resource name="Local parent center" phone="802-555-0100" href="https://example.org/center"></partnership-resource>
      </partnership-resources>
      <script type="module" src="${BUNDLE}"></script>
      <script src="${BUNDLE}"></script>`);
    const panel = page.doc.querySelector('partnership-panel');
    expect(tips(panel)).to.equal(24);
    expect(panel!.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!.textContent).to.equal(
      '<img src=x onerror=alert(1)>',
    );
    expect(panel!.shadowRoot!.querySelector('img')).to.equal(null);
    expect(tips(page.doc.querySelector('partnership-tips'))).to.equal(10);
    const resources = page.doc.querySelector('partnership-resources')!.shadowRoot!;
    expect(resources.querySelectorAll('[part~="resource"]')).to.have.length(3);
    expect(resources.querySelectorAll('a[href^="tel:"]')).to.have.length(3);
    // Styles apply (adopted stylesheets are allowed by style-src 'self'): the card has its border.
    expect(getComputedStyle(panel!.shadowRoot!.querySelector('[part~="panel"]')!).borderTopStyle).to.equal('solid');
    expect(await violations(page)).to.deep.equal([]);
    expect(page.csp.errors).to.deep.equal([]);
    expect(page.csp.warnings).to.deep.equal([]);
  });

  it('the accordion layout opens and closes with a click under the policy', async () => {
    const page = await strictPage(`<partnership-panel layout="accordion"></partnership-panel>`);
    const panel = page.doc.querySelector('partnership-panel') as Host;
    const summary = panel.shadowRoot!.querySelector<HTMLElement>('summary.disclosure')!;
    const body = summary.nextElementSibling!;
    expect(body.checkVisibility()).to.equal(false);
    await toggled(panel, summary);
    expect(isOpen(summary)).to.equal(true);
    expect(body.checkVisibility()).to.equal(true);
    await toggled(panel, summary);
    expect(isOpen(summary)).to.equal(false);
    expect(body.checkVisibility()).to.equal(false);
    expect(await violations(page)).to.deep.equal([]);
    expect(page.csp.errors).to.deep.equal([]);
  });

  it('accent sets its colours through the CSSOM, at first and at run time, without a violation', async () => {
    const page = await strictPage(
      `<partnership-panel accent="#7a1f5c"></partnership-panel><partnership-resources theme="dark" accent="rebeccapurple"></partnership-resources>`,
    );
    const panel = page.doc.querySelector('partnership-panel') as Host;
    const card = () => panel.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
    expect(card().style.getPropertyValue('--_accent').trim()).to.equal('#7a1f5c');
    for (const accent of ['oklch(45% 0.15 330)', '#ffeb3b', 'rebeccapurple']) {
      panel.setAttribute('accent', accent);
      await panel.updateComplete;
      expect(card().style.getPropertyValue('--_accent').trim(), accent).to.equal(accent);
    }
    // A light accent gets black text on it.
    panel.setAttribute('accent', '#ffeb3b');
    await panel.updateComplete;
    expect(card().style.getPropertyValue('--_on-accent').trim()).to.equal('#000');
    panel.removeAttribute('accent');
    await panel.updateComplete;
    expect(card().style.getPropertyValue('--_accent')).to.equal('');
    expect(await violations(page)).to.deep.equal([]);
    expect(page.csp.errors).to.deep.equal([]);
  });

  it('under Trusted Types, Lit renders through its one "lit-html" policy and nothing is blocked', async function () {
    const page = await strictPage(
      `<partnership-panel layout="accordion" tip-of-the-day></partnership-panel><script type="module" src="${BUNDLE}"></script>`,
    );
    const tt = (
      page.win as unknown as {
        trustedTypes?: { createPolicy(name: string, rules: object): unknown; defaultPolicy: unknown };
      }
    ).trustedTypes;
    if (!tt) {
      if (isChromium()) throw new Error('Chromium without window.trustedTypes');
      this.skip(); // This engine has no Trusted Types: the CSP tests above still ran here.
    }
    const panel = page.doc.querySelector('partnership-panel') as Host;
    await toggled(panel, panel.shadowRoot!.querySelector('summary.disclosure')!);
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.sections-control')!.click();
    await panel.updateComplete;
    panel.setAttribute('heading', '<script>alert(1)</script>');
    await panel.updateComplete;
    const before = [...page.csp.violations];
    expect(before, 'violations while rendering').to.deep.equal([]);
    if (!enforcesTrustedTypes(page)) {
      if (isChromium()) throw new Error('Chromium did not enforce require-trusted-types-for from the <meta> policy');
      this.skip(); // window.trustedTypes exists, but this engine does not enforce it from a <meta> policy.
    }
    // The name is taken (no 'allow-duplicates'): Lit made its policy, once, though the bundle loaded twice.
    expect(() => tt!.createPolicy('lit-html', { createHTML: (s: string) => s })).to.throw();
    expect(tt!.defaultPolicy).to.equal(null);
    expect(panel.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!.textContent).to.equal(
      '<script>alert(1)</script>',
    );
  });
});
