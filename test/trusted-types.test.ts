// The guarantee a strict-CSP site relies on: under
//   default-src 'none'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// nothing an editor writes (attributes, <partnership-resource> children, the src file) is ever handed
// to a Trusted Types policy to become markup, and all of it shows as text. A policy only says "this
// string may become markup"; Lit's "lit-html" policy says yes to anything, so editor text passing
// through it would be markup made from data, kept safe only by escaping done beforehand.
// Each page is a srcdoc iframe (test/hardening/frame.ts) whose first script, test/hardening/tt-recorder.js,
// records every string any policy is asked to convert in window.__ttSeen; then csp-probe.js records
// violations in window.__csp (as in hardening-csp.test.ts); then the bundle.
// Every input carries a marker, "TT-MARK-…", with markup in it.
import { expect, waitUntil } from '@open-wc/testing';
import { BUNDLE, framePage, type FramePage } from './hardening/frame.js';

const STRICT =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
// 'self' plus the origin, as in hardening-csp.test.ts: Firefox gives an about:srcdoc document's 'self'
// no origin at all.
const POLICY = STRICT.replace(/'self'/g, `'self' ${location.origin}`);
// The README: "`src` also needs `connect-src` for your content file's origin". Only that is added.
const POLICY_WITH_SRC = `${POLICY}; connect-src 'self' ${location.origin}`;
const RECORDER = '/test/hardening/tt-recorder.js';
const PROBE = '/test/hardening/csp-probe.js';
/** An editor's content file giving the title, headline and one tip (see MARKS). */
const CONTENT_FILE = '/test/fixtures/tt-content.json';

const MARKS = {
  heading: 'TT-MARK-heading <b>x</b>',
  name: 'TT-MARK-name <b>n</b>',
  description: 'TT-MARK-description <i>d</i>',
  // These three are in test/fixtures/tt-content.json.
  title: 'TT-MARK-src <i>t</i>',
  headline: 'TT-MARK-headline <u>u</u>',
  tip: 'TT-MARK-tip <b>tip</b>',
};
/** Where each marker comes from. */
const INPUTS: [string, string][] = [
  ['the heading attribute', MARKS.heading],
  ["a <partnership-resource>'s name", MARKS.name],
  ["a <partnership-resource>'s description", MARKS.description],
  ["the src file's title", MARKS.title],
  ["the src file's headline", MARKS.headline],
  ['a tip in the src file', MARKS.tip],
];

type Page = FramePage & { csp: { ready: boolean; violations: string[] }; seen: string[]; policies: string[] };

/** A page under `policy`: the recorder first, then the probe, then the bundle (classic) and `body`. */
async function recordedPage(policy: string, body: string): Promise<Page> {
  const head = `<meta http-equiv="Content-Security-Policy" content="${policy}"><meta charset="utf-8"><script src="${RECORDER}"></script><script src="${PROBE}"></script><script src="${BUNDLE}"></script>`;
  const page = await framePage(head, body);
  const win = page.win as { __csp?: Page['csp']; __ttSeen?: string[]; __ttPolicies?: string[] };
  const [csp, seen, policies] = [win.__csp, win.__ttSeen, win.__ttPolicies];
  if (!csp?.ready || !seen || !policies) throw new Error('the recorder or the probe did not run under the policy');
  return { ...page, csp, seen, policies };
}

/** Every open shadow root in the page, nested ones too. */
function shadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    el.shadowRoot ? [el.shadowRoot, ...shadowRoots(el.shadowRoot)] : [],
  );
}
const shownText = (page: Page) =>
  shadowRoots(page.doc)
    .map((root) => root.textContent)
    .join('\n');

/** Where `mark` (by its name, "TT-MARK-heading") occurs in the strings a policy saw, with a little around it. */
function sightings(seen: string[], mark: string): string[] {
  const name = mark.split(' ')[0]!;
  return seen
    .filter((s) => s.includes(name))
    .map((s) => {
      const at = s.indexOf(name);
      return `…${s.slice(Math.max(0, at - 60), at + name.length + 60)}…`;
    });
}

const isChromium = () => /Chrome\//.test(navigator.userAgent);

describe('Trusted Types: editor input never reaches a policy, and shows as text', () => {
  let attributes: Page;
  let file: Page;
  const pages = () => [attributes, file];

  before(async () => {
    // The markers hold no " or &, so they go into the attribute values as they are.
    attributes = await recordedPage(
      POLICY,
      `<partnership-panel heading="${MARKS.heading}">
        <partnership-resource name="${MARKS.name}" description="${MARKS.description}" phone="802-555-0100" href="https://example.org/x"></partnership-resource>
      </partnership-panel>`,
    );
    file = await recordedPage(POLICY_WITH_SRC, `<partnership-panel src="${CONTENT_FILE}"></partnership-panel>`);
    // framePage waited for each element's updateComplete; the file arrives after that.
    await waitUntil(() => shownText(file).includes(MARKS.title), undefined, { timeout: 5000 }).catch(() => {
      // What the CSP blocked by the time it gave up (a message given to waitUntil is fixed before it starts).
      throw new Error(`the src file's title never showed; violations: ${file.csp.violations.join('; ') || 'none'}`);
    });
  });
  after(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  /** Skips where there are no Trusted Types (the text and CSP checks below still run there). */
  function needsTrustedTypes(test: Mocha.Context) {
    if ((attributes.win as { trustedTypes?: unknown }).trustedTypes) return;
    if (isChromium()) throw new Error('Chromium without window.trustedTypes');
    test.skip();
  }

  describe('never handed to a Trusted Types policy', () => {
    it('the recorder sees Lit\'s "lit-html" policy convert its templates (control: the checks below are not empty)', function () {
      needsTrustedTypes(this);
      for (const page of pages()) {
        expect(page.policies).to.include('lit-html');
        expect(page.seen).to.not.be.empty;
      }
    });

    for (const [input, mark] of INPUTS)
      it(input, function () {
        needsTrustedTypes(this);
        const seen = pages().flatMap((page) => sightings(page.seen, mark));
        expect(seen, `${input} was handed to a policy as part of`).to.deep.equal([]);
      });

    it('no string any policy was asked to convert holds a "TT-MARK" marker', function () {
      needsTrustedTypes(this);
      const found = pages().flatMap((page) => page.seen.flatMap((s) => s.match(/TT-MARK-\w+/g) ?? []));
      expect([...new Set(found)], 'markers in the strings policies converted').to.deep.equal([]);
    });
  });

  describe('shown as text', () => {
    for (const [input, mark] of INPUTS)
      it(`${input} shows verbatim, its markup as text`, () => {
        expect(pages().map(shownText).join('\n')).to.include(mark);
      });

    it('no markup of the input became an element: no <b>, <i> or <u> in any shadow root', () => {
      const made = pages().flatMap((page) =>
        shadowRoots(page.doc).flatMap((root) => [...root.querySelectorAll('b, i, u')]),
      );
      expect(made.map((el) => el.outerHTML)).to.deep.equal([]);
    });
  });

  it('nothing is blocked: no CSP violation on either page', () => {
    expect(pages().flatMap((page) => page.csp.violations)).to.deep.equal([]);
  });
});
