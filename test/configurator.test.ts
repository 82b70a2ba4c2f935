// The configurator (demo/configurator.html) in a real browser: loaded in an iframe from the test server,
// which serves the repository root, its form driven as an editor would, and the snippet it makes
// pasted into a fresh page. Needs `npm run build` first (dist/ and dist/integrity.json).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

type Win = Window & typeof globalThis & { axe?: { run(context: Node, options?: object): Promise<AxeResults> } };
interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
type Rendered = HTMLElement & { updateComplete?: Promise<unknown> };
interface Page {
  frame: HTMLIFrameElement;
  win: Win;
  doc: Document;
}

const PAGE = '/demo/configurator.html';

/** Waits until `check` returns something truthy, and returns that; fails after `ms`. */
async function until<T>(check: () => T, what: string, ms = 8000): Promise<NonNullable<T>> {
  let value: T | undefined;
  await waitUntil(
    () => {
      value = check();
      return value;
    },
    `waited ${ms / 1000} s for ${what}`,
    { interval: 20, timeout: ms },
  );
  return value as NonNullable<T>;
}

async function openConfigurator(width = 1280, height = 900): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  await until(() => win.document.body.dataset.integrity, 'the configurator to read dist/integrity.json');
  return { frame, win, doc: win.document };
}

/** A page made of the given body, as an editor's page that pasted the snippet. */
async function pastePage(snippet: string): Promise<{ win: Win; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><main>${snippet}</main></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  return { win, doc: win.document };
}

const $ = <T extends HTMLElement = HTMLInputElement>(page: Page, selector: string) => {
  const el = page.doc.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector} in the configurator`);
  return el;
};

/** Clicks a radio button, checkbox or button, as a pointer or the space bar would. */
const click = (page: Page, selector: string) => $(page, selector).click();

/** Types into a field: sets the value and sends the input event a keystroke sends. */
function type(page: Page, selector: string, value: string) {
  const el = $<HTMLInputElement | HTMLTextAreaElement>(page, selector);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The snippet, without the plain HTML it puts inside the element by default (a test of its own checks
 * that part): the tags and attributes these tests are about.
 */
/** A fresh configurator with `snippet` pasted and loaded, once it says what it loaded. */
async function loadedFrom(snippet: string): Promise<Page> {
  const page = await openConfigurator();
  type(page, '#paste', snippet);
  click(page, '#load');
  await until(() => $(page, '#load-status').textContent, 'the load message');
  return page;
}

/** Each control has a label, and a hint (`.conf-hint`) that describes it. */
function labelledWithHints(page: Page, ids: string[]): void {
  for (const id of ids) {
    const control = $(page, `#${id}`);
    expect(control.labels?.[0]?.textContent?.trim(), `${id} has a label`).to.be.ok;
    const hint = page.doc.getElementById(control.getAttribute('aria-describedby') ?? '');
    expect(hint?.classList.contains('conf-hint') && hint.textContent!.trim(), `${id} has a hint`).to.be.ok;
  }
}

function snippet(page: Page): string {
  const lines = $<HTMLTextAreaElement>(page, '#snippet')
    .value.split('\n')
    .filter((line) => !/^ {2}<section /.test(line));
  const last = lines.length - 1;
  // With nothing left inside, the closing tag goes back on the opening tag's last line, as without it.
  if (/^<\/partnership-/.test(lines[last]) && !/^ {2}<partnership-resource /.test(lines[last - 1]))
    lines.splice(last - 1, 2, lines[last - 1] + lines[last]);
  return lines.join('\n');
}
/** The snippet with its line breaks inside tags folded, for matching attributes whatever the wrapping. */
const flat = (page: Page) => snippet(page).replace(/\n +/g, ' ');

async function preview(page: Page): Promise<Rendered> {
  const el = await until(() => page.doc.querySelector<Rendered>('#preview > *'), 'the preview');
  await page.win.customElements.whenDefined(el.localName);
  await el.updateComplete;
  return el;
}

/** The colour advice under the accent, one entry per card it is for; none while it is hidden. */
function advice(page: Page): string[] {
  const box = $(page, '#accent-advice');
  if (box.hidden) return [];
  for (const control of ['#accent', '#accent-picker'])
    expect($(page, control).getAttribute('aria-describedby'), `${control} is described by the advice`).to.include(
      'accent-advice',
    );
  return [...box.querySelectorAll('p')].map((p) => p.textContent!);
}

const visibleTips = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tip"]')].filter((li) => li.checkVisibility()).length;

/** The text of an error message when it is shown and tied to the control, else ''. */
function errorFor(page: Page, selector: string): string {
  const control = $(page, selector);
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/);
  const error = ids.map((id) => page.doc.getElementById(id)).find((el) => el?.classList.contains('conf-error'));
  if (!error || error.hidden) return '';
  expect(control.getAttribute('aria-invalid'), `${selector} is marked invalid`).to.equal('true');
  return error.textContent!;
}

/** Stubs the iframe's clipboard, which every engine then treats alike. */
function stubClipboard(page: Page, fail = false): string[] {
  const copied: string[] = [];
  Object.defineProperty(page.win.navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) => {
        if (fail) return Promise.reject(new DOMException('Denied', 'NotAllowedError'));
        copied.push(text);
        return Promise.resolve();
      },
    },
  });
  return copied;
}

async function copy(page: Page): Promise<string> {
  const copied = stubClipboard(page);
  click(page, '#copy');
  await until(() => $(page, '#copy-status').textContent, 'the copy message');
  expect(copied).to.have.length(1);
  return copied[0];
}

async function integrityJson(): Promise<Record<string, string>> {
  return (await fetch('/dist/integrity.json', { cache: 'no-store' })).json();
}

async function runAxe(page: Page): Promise<string[]> {
  if (!page.win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    page.doc.head.append(script);
    await loaded;
  }
  const results = await page.win.axe!.run(page.doc);
  return results.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

describe('the configurator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('starts with the whole panel and the version-pinned script with its integrity hash', async () => {
    const page = await openConfigurator();
    const sri = await integrityJson();
    const v = sri.version;
    const pinned = `partnership-panel-${v}.js`;
    expect(snippet(page)).to.equal(
      `<script src="https://cdn.jsdelivr.net/npm/partnership-panel@${v}/dist/${pinned}"\n` +
        `  integrity="${sri[pinned]}"\n` +
        `  crossorigin="anonymous"></script>\n` +
        `<partnership-panel></partnership-panel>`,
    );
    // dist/integrity.json itself matches the file's bytes.
    const bytes = await (await fetch(`/dist/${pinned}`, { cache: 'no-store' })).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    expect(
      `sha384-${btoa(String.fromCharCode(...digest))}`,
      'the bytes the test server sends match dist/integrity.json (the esbuild plugin must not rewrite .js files for this browser)',
    ).to.equal(sri[pinned]);
    const el = await preview(page);
    expect(el.localName).to.equal('partnership-panel');
    expect(visibleTips(el)).to.equal(24);
    expect($(page, '#base').value).to.equal(`https://cdn.jsdelivr.net/npm/partnership-panel@${v}/dist/`);
  });

  it('updates the preview and the snippet on every choice, with only the attributes that differ from the defaults', async () => {
    const page = await openConfigurator();
    click(page, '#audience-families');
    let el = await preview(page);
    expect(visibleTips(el)).to.equal(10);
    expect(snippet(page)).to.match(/\n<partnership-panel audience="families"><\/partnership-panel>$/);

    click(page, '#element-tips');
    click(page, '#audience-professionals');
    click(page, '#section-build-trust');
    el = await preview(page);
    expect(el.localName).to.equal('partnership-tips');
    expect(visibleTips(el)).to.equal(4);
    expect(snippet(page)).to.include(
      '<partnership-tips audience="professionals" sections="transportation-child-care"></partnership-tips>',
    );
    // Sections of the other audience are switched off; resources do not apply to the tips.
    expect($(page, '#section-families-can-do').disabled).to.equal(true);
    expect($<HTMLFieldSetElement>(page, '#resources-group').disabled).to.equal(true);
    expect($(page, '#resources-group-note').hidden).to.equal(false);
    expect($(page, '#resources-group').getAttribute('aria-describedby')).to.equal('resources-group-note');
    expect($(page, '#tips-group').hasAttribute('aria-describedby'), 'no note while it applies').to.equal(false);

    expect($(page, '#open').disabled, 'open needs the accordion').to.equal(true);
    click(page, '#layout-accordion');
    click(page, '#open');
    el = await preview(page);
    expect((el.shadowRoot!.querySelector('details.section-details') as HTMLDetailsElement).open).to.equal(true);
    expect(flat(page)).to.include(' layout="accordion" open>');

    const lang = $<HTMLSelectElement>(page, '#lang');
    lang.value = 'es';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    type(page, '#heading-level', '3');
    type(page, '#limit', '2');
    click(page, '#theme-dark');
    el = await preview(page);
    expect(el.shadowRoot!.textContent).to.include('Transporte y cuidado de niños');
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!.localName.slice(1)).to.equal('3');
    expect(visibleTips(el)).to.equal(2);
    expect(el.shadowRoot!.querySelector('.panel')!.classList.contains('theme-dark')).to.equal(true);
    expect(flat(page)).to.include(
      '<partnership-tips lang="es" audience="professionals" sections="transportation-child-care" layout="accordion" open limit="2" heading-level="3" theme="dark"></partnership-tips>',
    );

    // Back to the defaults: the attributes go again.
    click(page, '#element-resources');
    expect($<HTMLFieldSetElement>(page, '#tips-group').disabled).to.equal(true);
    expect($(page, '#tips-group-note').hidden).to.equal(false);
    el = await preview(page);
    expect(el.localName).to.equal('partnership-resources');
    expect(snippet(page)).to.match(
      /\n<partnership-resources lang="es" heading-level="3" theme="dark"><\/partnership-resources>$/,
    );
  });

  it('escapes attribute values for HTML, shows them as text in the preview, and loads them back unchanged', async () => {
    const page = await openConfigurator();
    const heading = `Tom & Jerry's "best" <tips> &amp;`;
    type(page, '#heading', heading);
    expect(snippet(page)).to.include(`heading="Tom &amp; Jerry's &quot;best&quot; &lt;tips&gt; &amp;amp;"`);
    const el = await preview(page);
    expect(el.shadowRoot!.querySelector('[part~="title-heading"]')!.textContent!.trim()).to.equal(heading);
    expect(el.shadowRoot!.querySelector('b, tips')).to.equal(null);

    const made = snippet(page);
    const again = await loadedFrom(made);
    expect($(again, '#heading').value).to.equal(heading);
    expect(snippet(again)).to.equal(made);
  });

  it('says what is wrong next to the field, in plain words, and leaves wrong values out of the snippet', async () => {
    const page = await openConfigurator();
    type(page, '#accent', '#ffff00');
    expect(errorFor(page, '#accent'), 'a light accent is no error').to.equal('');
    expect(advice(page).join(' ')).to.match(/too light: 1\.0:1 .*4\.5:1/);
    expect(snippet(page), 'a light accent still works: the panel puts black text on it').to.include('accent="#ffff00"');
    expect($(page, '#accent-picker').value).to.equal('#ffff00');
    type(page, '#accent', 'not a colour');
    expect(errorFor(page, '#accent')).to.include('is not a colour');
    expect(snippet(page)).not.to.include('accent=');
    type(page, '#accent', '#7a1f5c');
    expect(errorFor(page, '#accent')).to.equal('');
    expect($(page, '#accent').hasAttribute('aria-invalid')).to.equal(false);
    expect(snippet(page)).to.include('accent="#7a1f5c"');

    type(page, '#src', 'ftp://example.org/tips.json');
    expect(errorFor(page, '#src')).to.include('must start with https://');
    type(page, '#src', 'javascript:alert(1)');
    expect(errorFor(page, '#src')).to.include('https://');
    expect(snippet(page)).not.to.include('src="javascript');
    type(page, '#src', 'https://example.org/tips.json');
    expect(errorFor(page, '#src')).to.equal('');
    expect(snippet(page)).to.include('src="https://example.org/tips.json"');

    for (const bad of ['9', '0', '2.5']) {
      type(page, '#heading-level', bad);
      expect(errorFor(page, '#heading-level'), bad).to.include('whole number from 1 to 6');
      expect(snippet(page)).not.to.include('heading-level');
    }
    type(page, '#heading-level', '4');
    expect(errorFor(page, '#heading-level')).to.equal('');

    for (const bad of ['0', '1.5', '-2']) {
      type(page, '#limit', bad);
      expect(errorFor(page, '#limit'), bad).to.include('whole number');
      expect(snippet(page)).not.to.include('limit=');
    }
    type(page, '#limit', '3');
    expect(errorFor(page, '#limit')).to.equal('');
    expect($(page, '#problems-note').hidden).to.equal(true);

    click(page, '#add-resource');
    type(page, '#resource-1-phone', 'call us');
    expect(errorFor(page, '#resource-1-phone')).to.include('is not a phone number');
    expect(errorFor(page, '#resource-1-name')).to.include('Give this resource a name');
    type(page, '#resource-1-name', 'Family liaison');
    type(page, '#resource-1-href', 'javascript:alert(1)');
    expect(errorFor(page, '#resource-1-href')).to.include('https://').and.include('tel:').and.include('mailto:');
    expect($(page, '#problems-note').hidden).to.equal(false);
    expect(snippet(page)).to.include('<partnership-resource name="Family liaison"></partnership-resource>');
    type(page, '#resource-1-phone', '(802) 555-0142');
    type(page, '#resource-1-href', 'mailto:liaison@example.org');
    expect(errorFor(page, '#resource-1-phone')).to.equal('');
    expect(errorFor(page, '#resource-1-href')).to.equal('');
    expect(snippet(page)).to.include(
      '  <partnership-resource name="Family liaison" phone="(802) 555-0142" href="mailto:liaison@example.org"></partnership-resource>\n</partnership-panel>',
    );
  });

  it('writes families-first and no-contents, each a labelled choice with a hint, shows them in the preview, and loads them back', async () => {
    const page = await openConfigurator();
    labelledWithHints(page, ['families-first', 'no-contents']);
    click(page, '#families-first');
    click(page, '#no-contents');
    expect(snippet(page)).to.match(/\n<partnership-panel families-first no-contents><\/partnership-panel>$/);
    const el = await preview(page);
    expect(el.shadowRoot!.querySelector('[part~="audience"]')!.classList.contains('families')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="contents"]')).to.equal(null);
    const made = snippet(page);
    const again = await loadedFrom(made);
    expect($(again, '#families-first').checked && $(again, '#no-contents').checked).to.equal(true);
    expect(snippet(again)).to.equal(made);
  });

  it('writes layout="compact", variant="plain" and resources-first="local", each a labelled choice with a hint, and loads them back', async () => {
    const page = await openConfigurator();
    labelledWithHints(page, [
      'layout-compact',
      'variant-card',
      'variant-plain',
      'resources-first-fact-sheet',
      'resources-first-local',
    ]);
    click(page, '#layout-compact');
    click(page, '#variant-plain');
    click(page, '#resources-first-local');
    expect(flat(page)).to.include(
      '\n<partnership-panel layout="compact" variant="plain" resources-first="local"></partnership-panel>',
    );
    expect($(page, '#prerender-command').textContent).to.include(
      '--layout compact --variant plain --resources-first local',
    );

    // The defaults are left out.
    click(page, '#variant-card');
    click(page, '#resources-first-fact-sheet');
    expect(snippet(page)).to.match(/\n<partnership-panel layout="compact"><\/partnership-panel>$/);

    // With only the editor's own resources there is nothing to put first.
    click(page, '#resources-first-local');
    click(page, '#no-default-resources');
    expect($<HTMLFieldSetElement>(page, '#order-group').disabled).to.equal(true);
    expect($(page, '#order-group-note').hidden).to.equal(false);
    expect(snippet(page)).not.to.include('resources-first');
    click(page, '#no-default-resources');

    // Resources only: no layout, but the style and the order.
    click(page, '#element-resources');
    click(page, '#variant-plain');
    expect(snippet(page)).to.match(
      /\n<partnership-resources variant="plain" resources-first="local"><\/partnership-resources>$/,
    );

    const made = snippet(page);
    const again = await loadedFrom(made.replace('<partnership-resources', '<partnership-resources layout="Compact"'));
    expect($(again, '#variant-plain').checked).to.equal(true);
    expect($(again, '#resources-first-local').checked).to.equal(true);
    expect($(again, '#layout-compact').checked).to.equal(true);
    expect(snippet(again)).to.equal(made);
  });

  it('advises on the accent per card: darker for a light card, lighter for a dark card, both for auto; a warning, not an error', async () => {
    const page = await openConfigurator();
    const box = $(page, '#accent-advice');
    const expectAdvice = (colour: string, directions: string[]) => {
      type(page, '#accent', colour);
      const given = advice(page);
      const found = given.map((line) =>
        /light card.*Choose a darker colour/.test(line)
          ? 'darker'
          : /dark card.*Choose a lighter colour/.test(line)
            ? 'lighter'
            : line,
      );
      expect(found, `${colour} under ${$(page, 'input[name="theme"]:checked').value}`).to.deep.equal(directions);
      expect(errorFor(page, '#accent'), `${colour} is no error`).to.equal('');
      expect($(page, '#accent').hasAttribute('aria-invalid')).to.equal(false);
      expect(snippet(page), `${colour} is used`).to.include(`accent="${colour}"`);
      if (directions.length) {
        expect(box.classList.contains('conf-warning') && !box.classList.contains('conf-error')).to.equal(true);
        const style = page.win.getComputedStyle(box);
        const error = page.win.getComputedStyle($(page, '#accent-error'));
        expect(style.borderInlineStartColor, 'styled unlike an error').not.to.equal(error.borderInlineStartColor);
      }
    };

    // Light (the default): the widget's own blue and a dark colour are fine; yellow is too light.
    expectAdvice('#0b5cad', []);
    expectAdvice('#7a1f5c', []);
    expectAdvice('#ffff00', ['darker']);
    expectAdvice('#000080', []);

    click(page, '#theme-dark');
    expectAdvice('#8cc4ff', []);
    expectAdvice('#ffff00', []);
    expectAdvice('#000080', ['lighter']);
    expectAdvice('#0b5cad', ['lighter']);
    expect(advice(page)[0]).to.include('2.6:1');

    click(page, '#theme-auto');
    expectAdvice('#777777', ['darker', 'lighter']);
    expect(advice(page)[0]).to.include('light mode');
    expect(advice(page)[1]).to.include('dark mode');
    expectAdvice('#ffff00', ['darker']);
    expectAdvice('#000080', ['lighter']);
    type(page, '#accent', '');
    expect(advice(page), 'no accent, no advice').to.deep.equal([]);

    // Not a colour at all: an error, and no advice.
    type(page, '#accent', 'not a colour');
    expect(errorFor(page, '#accent')).to.include('is not a colour');
    expect(advice(page)).to.deep.equal([]);

    // A variable of the editor's page, which an element reads there but this page cannot: an error that says so.
    type(page, '#accent', 'var(--brand)');
    expect(errorFor(page, '#accent')).to.include('CSS variable');
    expect(advice(page)).to.deep.equal([]);
    expect(snippet(page)).not.to.include('accent=');
  });

  it('advises on a plain panel only about its call buttons, the one place it shows the accent', async () => {
    const page = await openConfigurator();
    click(page, '#variant-plain');
    type(page, '#accent', '#ffff00');
    expect(advice(page)).to.have.length(1);
    expect(advice(page)[0]).to.include('call buttons').and.include('1.0:1').and.not.include('links');
    expect(errorFor(page, '#accent'), 'a warning, not an error').to.equal('');
    expect(snippet(page)).to.include('accent="#ffff00"');
    type(page, '#accent', '#0b5cad');
    expect(advice(page), 'white text reaches 4.5:1 on it').to.deep.equal([]);

    // Its links and marks are the page's text colour in either theme: a dark colour is no trouble.
    click(page, '#theme-dark');
    type(page, '#accent', '#000080');
    expect(advice(page)).to.deep.equal([]);
    click(page, '#theme-auto');
    type(page, '#accent', '#ffff00');
    expect(advice(page)).to.have.length(1);
    expect(advice(page)[0]).to.include('light mode');

    // The tips alone have no call buttons: the accent shows nowhere, so there is nothing to advise.
    click(page, '#element-tips');
    expect(advice(page)).to.deep.equal([]);
  });

  it('waits for a pause in typing before it updates the preview and the messages, and gives each warning once per value', async () => {
    const page = await openConfigurator();
    await preview(page);
    const warned: string[] = [];
    page.win.console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    let rebuilt = 0;
    let advised = 0;
    let errors = 0;
    const tally = (records: MutationRecord[]) => {
      for (const record of records) {
        if (record.target === $(page, '#preview')) rebuilt++;
        else if (record.target === $(page, '#accent-advice')) advised++;
        else if (record.target === $(page, '#accent-error')) errors++;
      }
    };
    const observer = new page.win.MutationObserver(tally);
    for (const id of ['#preview', '#accent-advice', '#accent-error'])
      observer.observe($(page, id), { childList: true });
    const count = () => {
      tally(observer.takeRecords());
      return { rebuilt, advised, errors };
    };

    // Keystrokes, each an input event as a browser sends it, the last one the value meant.
    const field = $(page, '#accent');
    for (const value of ['#f', '#ff', '#fff', '#ffff', '#ffff0', '#ffff00']) {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await new Promise((r) => setTimeout(r));
    expect(count(), 'nothing is redrawn while typing').to.deep.equal({ rebuilt: 0, advised: 0, errors: 0 });
    expect(errorFor(page, '#accent'), 'no error for a value still being typed').to.equal('');
    expect('pending' in page.doc.body.dataset, 'an update waits for the pause').to.equal(true);

    await until(() => !('pending' in page.doc.body.dataset), 'the update after the pause');
    await new Promise((r) => setTimeout(r));
    expect(count(), 'one update, for the last value').to.deep.equal({ rebuilt: 1, advised: 1, errors: 0 });
    expect(snippet(page)).to.include('accent="#ffff00"');
    expect(advice(page)).to.have.length(1);
    const el = await preview(page);
    expect(el.getAttribute('accent')).to.equal('#ffff00');

    // The same value again (another input event, then leaving the field): nothing is redrawn or said again.
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => !('pending' in page.doc.body.dataset), 'the second pause');
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r));
    expect(count(), 'the same value is not warned about again').to.deep.equal({ rebuilt: 1, advised: 1, errors: 0 });
    expect(
      warned.filter((w) => w.includes('#ffff00')),
      'the preview element warned once about the colour',
    ).to.have.length(1);

    // A choice (not typing) updates at once.
    click(page, '#audience-families');
    expect('pending' in page.doc.body.dataset).to.equal(false);
    expect(snippet(page)).to.include('audience="families"');
    observer.disconnect();
  });

  it('offers https:// for a link or address typed without it', async () => {
    const page = await openConfigurator();
    click(page, '#add-resource');
    type(page, '#resource-1-name', 'Help desk');
    type(page, '#resource-1-href', 'example.org/help');
    expect(errorFor(page, '#resource-1-href')).to.include('https://');
    const fix = $<HTMLButtonElement>(page, '#resource-1-href-error button');
    expect(fix.textContent).to.equal('Use https://example.org/help');
    expect(snippet(page), 'left out until fixed').not.to.include('href=');
    fix.click();
    expect($(page, '#resource-1-href').value).to.equal('https://example.org/help');
    expect(errorFor(page, '#resource-1-href')).to.equal('');
    expect(page.doc.activeElement!.id, 'focus back in the field').to.equal('resource-1-href');
    expect(snippet(page)).to.include('<partnership-resource name="Help desk" href="https://example.org/help">');

    type(page, '#src', 'www.example.org/our-tips.json');
    $<HTMLButtonElement>(page, '#src-error button').click();
    expect($(page, '#src').value).to.equal('https://www.example.org/our-tips.json');
    expect(snippet(page)).to.include('src="https://www.example.org/our-tips.json"');

    // No fix where https:// would not be what was meant.
    for (const value of ['javascript:alert(1)', 'call us', 'help']) {
      type(page, '#resource-1-href', value);
      expect(errorFor(page, '#resource-1-href'), value).not.to.equal('');
      expect(page.doc.querySelector('#resource-1-href-error button'), value).to.equal(null);
    }
  });

  it("switches the preview between light and dark without changing the snippet's theme, and says what Automatic suits", async () => {
    const page = await openConfigurator();
    const dark = (el: Element) => el.shadowRoot!.querySelector('[part~="panel"]')!.classList.contains('theme-dark');
    const hint = () => $(page, '#preview-scheme-hint').textContent!;
    expect(dark(await preview(page))).to.equal(false);
    const before = snippet(page);

    click(page, '#preview-dark');
    let el = await preview(page);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(dark(el), 'the preview is dark').to.equal(true);
    expect(snippet(page), 'the snippet is not').to.equal(before);
    expect($(page, '#theme-light').checked).to.equal(true);
    expect(hint()).to.include('Only in this preview').and.include('light');

    click(page, '#theme-auto');
    expect(flat(page)).to.include(' theme="auto"');
    expect($(page, '#preview-dark').checked, 'Automatic keeps the switch').to.equal(true);
    expect(hint()).to.include('dark mode');
    click(page, '#preview-light');
    el = await preview(page);
    expect(dark(el)).to.equal(false);
    expect(hint()).to.include('light mode');
    expect(flat(page), 'still automatic').to.include(' theme="auto"');
    expect(snippet(page)).not.to.include('theme="light"');

    // Choosing Dark (or Light) for the snippet shows it.
    click(page, '#theme-dark');
    expect($(page, '#preview-dark').checked).to.equal(true);
    expect(dark(await preview(page))).to.equal(true);
    expect(hint()).to.include('every reader sees this');

    // The note on Automatic, tied to its choice.
    const note = page.doc.getElementById($(page, '#theme-auto').getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.match(/Only for a site that switches between light and dark itself/);
  });

  it('turns own resources into <partnership-resource> children, and says the script-only form cannot hold them', async () => {
    const page = await openConfigurator();
    click(page, '#add-resource');
    expect(page.doc.activeElement!.id, 'focus goes to the new name field').to.equal('resource-1-name');
    type(page, '#resource-1-name', 'School nurse');
    type(page, '#resource-1-phone', '802-555-0199');
    click(page, '#add-resource');
    type(page, '#resource-2-name', 'Parent center');
    type(page, '#resource-2-description', 'Workshops for parents.');
    click(page, '#no-default-resources');
    const el = await preview(page);
    const names = () =>
      [...el.shadowRoot!.querySelectorAll('[part~="resource-name"]')].map((n) => n.textContent!.trim());
    await until(() => names().length === 2, 'the own resources in the preview');
    expect(names()).to.deep.equal(['School nurse', 'Parent center']);
    expect(snippet(page)).to.include(
      '<partnership-panel no-default-resources>\n' +
        '  <partnership-resource name="School nurse" phone="802-555-0199"></partnership-resource>\n' +
        '  <partnership-resource name="Parent center" description="Workshops for parents."></partnership-resource>\n' +
        '</partnership-panel>',
    );

    click(page, '#script-only');
    expect($(page, '#script-only').getAttribute('role')).to.equal('switch');
    expect($(page, '#script-only-note').hidden).to.equal(false);
    expect($(page, '#script-only-note').textContent).to.include('2 own resources are left out');
    expect(snippet(page)).not.to.include('partnership-resource');
    expect(snippet(page)).to.match(/ {2}data-mount="panel"\n {2}data-no-default-resources><\/script>$/);

    // Removing a resource moves focus to the next one's name, or to "Add a resource".
    click(page, '#script-only');
    $(page, '.conf-row:first-child [data-remove]').click();
    expect(page.doc.activeElement!.id).to.equal('resource-2-name');
    expect($(page, '.conf-row legend').textContent).to.equal('Resource 1');
    $(page, '.conf-row [data-remove]').click();
    expect(page.doc.activeElement!.id).to.equal('add-resource');
    expect(snippet(page)).not.to.include('partnership-resource ');

    // The list off: what it holds does not apply.
    click(page, '#show-resources');
    expect($<HTMLFieldSetElement>(page, '#resource-list').disabled).to.equal(true);
    expect($(page, '#resource-list-note').hidden).to.equal(false);
    expect(snippet(page)).to.match(/<partnership-panel no-resources><\/partnership-panel>$/);
  });

  it('copies the snippet to the clipboard and says so in a polite live region', async () => {
    const page = await openConfigurator();
    click(page, '#audience-families');
    const copied = await copy(page);
    expect(copied).to.equal($<HTMLTextAreaElement>(page, '#snippet').value);
    const status = $(page, '#copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Copied the snippet to the clipboard.');
  });

  it('when the browser refuses to copy, selects the snippet and says how to copy it', async () => {
    const page = await openConfigurator();
    stubClipboard(page, true);
    click(page, '#copy');
    await until(() => $(page, '#copy-status').textContent, 'the copy message');
    expect($(page, '#copy-status').textContent).to.include('Ctrl+C');
    const area = $<HTMLTextAreaElement>(page, '#snippet');
    expect(page.doc.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });

  it('makes a snippet that, pasted into a page, loads the script only with a matching integrity and renders the configured panel', async () => {
    const page = await openConfigurator();
    type(page, '#base', '/dist/');
    click(page, '#audience-families');
    type(page, '#heading', 'For families');
    const text = await copy(page);
    const sri = await integrityJson();
    const pinned = `partnership-panel-${sri.version}.js`;
    expect(text).to.include(
      `<script src="/dist/${pinned}"\n  integrity="${sri[pinned]}"\n  crossorigin="anonymous"></script>`,
    );

    const { win, doc } = await pastePage(text);
    const script = doc.querySelector('script')!;
    expect(script.integrity).to.equal(sri[pinned]);
    expect(win.customElements.get('partnership-panel'), 'the script ran: its integrity matched').to.exist;
    const el = doc.querySelector<Rendered>('partnership-panel')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="tip"]')).to.have.length(10);
    expect(el.shadowRoot!.querySelector('[part~="title-heading"]')!.textContent!.trim()).to.equal('For families');

    // The same snippet with one character of the hash changed: the browser refuses the script.
    const hash = sri[pinned];
    const wrong = `${hash.slice(0, 10)}${hash[10] === 'A' ? 'B' : 'A'}${hash.slice(11)}`;
    // The frame's load event, which pastePage waited for, comes after the script was run or refused.
    const tampered = await pastePage(text.replace(hash, wrong));
    expect(tampered.win.customElements.get('partnership-panel'), 'a wrong hash blocks the script').to.equal(undefined);
  });

  it('offers every language with its review status, and for an add-on gives both tags, each pinned with its integrity', async () => {
    const page = await openConfigurator();
    type(page, '#base', '/dist/');
    const lang = $<HTMLSelectElement>(page, '#lang');
    expect([...lang.options].map((o) => o.value)).to.deep.equal(['', 'en', 'es', 'ar', 'fr', 'ne', 'sw', 'vi', 'zh']);
    lang.value = 'ar';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    expect($(page, '#lang-hint').textContent).to.include('not yet reviewed').and.include('second script');
    const el = await preview(page);
    await until(
      () => el.shadowRoot!.querySelector('[part~="panel"]')!.getAttribute('lang') === 'ar',
      'the preview in Arabic',
    );
    const text = await copy(page);
    const sri = await integrityJson();
    const addOn = `lang/ar-${sri.version}.js`;
    expect(text).to.include(
      `<script src="/dist/${addOn}"\n  integrity="${sri[addOn]}"\n  crossorigin="anonymous"></script>`,
    );
    const { doc, win } = await pastePage(text);
    const pasted = doc.querySelector<Rendered>('partnership-panel')!;
    await pasted.updateComplete;
    expect(pasted.shadowRoot!.querySelector('[part~="panel"]')!.getAttribute('dir')).to.equal('rtl');
    expect((win as unknown as { warnings?: string[] }).warnings ?? []).to.deep.equal([]);
  });

  it('writes the plain HTML the render command writes for the same settings, and puts it inside the element by default', async () => {
    const page = await openConfigurator();
    type(page, '#base', '/dist/');
    click(page, '#audience-families');
    type(page, '#limit', '2');
    const lang = $<HTMLSelectElement>(page, '#lang');
    lang.value = 'es';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    const plain = $<HTMLTextAreaElement>(page, '#plain').value;
    const args = ['--lang', 'es', '--audience', 'families', '--limit', '2'];
    const command = await (
      await fetch(`/__test/rendered.html?args=${encodeURIComponent(JSON.stringify(args))}`)
    ).text();
    expect(plain).to.equal(command);

    // Pasted without its script, the page shows that plain HTML; with it, the panel, and the plain HTML is hidden.
    const text = $<HTMLTextAreaElement>(page, '#snippet').value;
    expect(text).to.include(plain.trim());
    const bare = await pastePage(text.replace(/<script[\s\S]*?<\/script>\n/, ''));
    expect(bare.doc.querySelector('partnership-panel section h2')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const { doc } = await pastePage(text);
    const el = doc.querySelector<Rendered>('partnership-panel')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="tip"]').length).to.equal(10);
    expect(
      doc.querySelector('partnership-panel section')!.getBoundingClientRect().height,
      'the fallback is hidden',
    ).to.equal(0);

    click(page, '#fallback');
    expect($<HTMLTextAreaElement>(page, '#snippet').value).not.to.include('<section');

    // The command for the prerendered snippet, with the same settings.
    expect($(page, '#prerender-command').textContent).to.equal(
      'npx partnership-panel render --format prerendered --lang es --audience families --limit 2 --base /dist/',
    );
  });

  it('makes a script-only snippet that mounts the configured element where the script stands', async () => {
    const page = await openConfigurator();
    type(page, '#base', '/dist');
    click(page, '#element-tips');
    click(page, '#audience-families');
    click(page, '#script-only');
    const text = await copy(page);
    expect(text).to.match(/crossorigin="anonymous"\n {2}data-mount="tips"\n {2}data-audience="families"><\/script>$/);
    const { win, doc } = await pastePage(text);
    expect(win.customElements.get('partnership-tips')).to.exist;
    const el = await until(() => doc.querySelector<Rendered>('script + partnership-tips'), 'the mounted element');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="tip"]')).to.have.length(10);
  });

  it('loads a pasted snippet back into the form', async () => {
    const page = await openConfigurator();
    const { version } = await integrityJson();
    type(
      page,
      '#paste',
      `<p>Our page</p>
      <script src="https://cdn.jsdelivr.net/npm/partnership-panel@0.0.9/dist/partnership-panel-0.0.9.js" integrity="sha384-old" crossorigin="anonymous"></script>
      <!-- <partnership-resources></partnership-resources> -->
      <partnership-tips audience=" Professionals " sections="build-trust, bogus" layout='accordion' open heading="Our &quot;tips&quot; &#38; more"
        heading-level="3" lang="es-MX" theme="dark" accent="rebeccapurple" limit="2" tip-of-the-day class="x"></partnership-tips>`,
    );
    click(page, '#load');
    const status = await until(() => $(page, '#load-status').textContent, 'the load message');
    expect(status)
      .to.include('Loaded <partnership-tips> with 11 settings')
      .and.include('bogus')
      .and.include('class')
      .and.include('0.0.9');
    expect($(page, '#element-tips').checked).to.equal(true);
    expect($(page, '#audience-professionals').checked).to.equal(true);
    expect([
      $(page, '#section-build-trust').checked,
      $(page, '#section-transportation-child-care').checked,
    ]).to.deep.equal([true, false]);
    expect($(page, '#layout-accordion').checked).to.equal(true);
    expect($(page, '#open').checked).to.equal(true);
    expect($(page, '#heading').value).to.equal('Our "tips" & more');
    expect($(page, '#heading-level').value).to.equal('3');
    expect($<HTMLSelectElement>(page, '#lang').value).to.equal('es');
    expect($(page, '#theme-dark').checked).to.equal(true);
    expect($(page, '#accent').value).to.equal('rebeccapurple');
    expect($(page, '#accent-picker').value).to.equal('#663399');
    expect($(page, '#limit').value).to.equal('2');
    expect($(page, '#tip-of-the-day').checked).to.equal(true);
    expect($(page, '#base').value).to.equal(`https://cdn.jsdelivr.net/npm/partnership-panel@${version}/dist/`);
    expect(snippet(page)).to.include(
      '<partnership-tips\n  lang="es"\n  audience="professionals"\n  sections="build-trust"\n  layout="accordion"\n  open\n  limit="2"\n  tip-of-the-day\n' +
        '  heading="Our &quot;tips&quot; &amp; more"\n  heading-level="3"\n  theme="dark"\n  accent="rebeccapurple"></partnership-tips>',
    );
    expect((await preview(page)).localName).to.equal('partnership-tips');

    // A panel with own resources, from a self-hosted copy.
    type(
      page,
      '#paste',
      `<script src="/js/partnership-panel-${version}.js"></script><partnership-panel no-resources><partnership-resource name="Nurse" phone="802-555-0199">` +
        `</partnership-resource><partnership-resource name='Center' href=https://example.org/c></partnership-resource></partnership-panel>`,
    );
    click(page, '#load');
    await until(() => $(page, '#load-status').textContent.includes('2 own resources'), 'the second load message');
    expect($(page, '#element-panel').checked).to.equal(true);
    expect($(page, '#show-resources').checked).to.equal(false);
    expect($(page, '#base').value).to.equal('/js/');
    expect($(page, '#resource-1-name').value).to.equal('Nurse');
    expect($(page, '#resource-2-href').value).to.equal('https://example.org/c');
    expect($(page, '#tip-of-the-day').checked, 'the earlier settings are reset').to.equal(false);

    // The script-only form.
    type(
      page,
      '#paste',
      `<script src="/js/partnership-panel.js" data-mount="resources" data-heading="Help" data-no-default-resources></script>`,
    );
    click(page, '#load');
    await until(() => $(page, '#load-status').textContent.includes('script tag only'), 'the third load message');
    expect($(page, '#element-resources').checked).to.equal(true);
    expect($(page, '#script-only').checked).to.equal(true);
    expect(snippet(page)).to.match(
      / {2}data-mount="resources"\n {2}data-heading="Help"\n {2}data-no-default-resources><\/script>$/,
    );

    // Anything else is not run, and says there was nothing to load.
    type(page, '#paste', '<img src="x" onerror="window.ran = true"><p>no widget</p>');
    click(page, '#load');
    await until(() => $(page, '#load-status').textContent.startsWith('Nothing to load'), 'the nothing-to-load message');
    expect(page.doc.querySelector('img')).to.equal(null);
    expect((page.win as Win & { ran?: boolean }).ran).to.equal(undefined);
  });

  it('has no accessibility violations (axe-core, run inside the page), with messages and notes showing', async () => {
    const page = await openConfigurator();
    await preview(page);
    expect(await runAxe(page)).to.deep.equal([]);
    $<HTMLDetailsElement>(page, '#load-box').open = true;
    click(page, '#add-resource');
    type(page, '#resource-1-phone', 'call us');
    type(page, '#accent', '#ffff00');
    type(page, '#limit', '0');
    click(page, '#show-resources');
    click(page, '#script-only');
    await preview(page);
    expect(await runAxe(page)).to.deep.equal([]);
    click(page, '#element-tips');
    click(page, '#layout-accordion');
    await preview(page);
    expect(await runAxe(page)).to.deep.equal([]);
  });

  it('labels every control and leaves them all in the tab order', async () => {
    const page = await openConfigurator();
    click(page, '#add-resource');
    const controls = [
      ...page.doc.querySelectorAll<HTMLInputElement>('main input, main select, main textarea, main button'),
    ];
    expect(controls.length).to.be.greaterThan(30);
    for (const control of controls) {
      const label =
        control.labels?.[0]?.textContent?.trim() || (control.localName === 'button' ? control.textContent!.trim() : '');
      expect(label, `${control.id || control.outerHTML} has a label`).not.to.equal('');
      expect(control.tabIndex, `${control.id} is in the tab order`).to.equal(0);
    }
    for (const fieldset of page.doc.querySelectorAll('fieldset'))
      expect(fieldset.querySelector(':scope > legend')?.textContent?.trim(), 'every fieldset has a legend').to.be.ok;
  });

  it('works from the keyboard: tab to a choice and change it with the keys', async () => {
    const page = await openConfigurator();
    page.frame.focus();
    $(page, '#element-panel').focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => $(page, '#element-tips').checked, 'the arrow key to choose the tips');
    expect((await preview(page)).localName).to.equal('partnership-tips');
    await sendKeys({ press: 'Tab' });
    expect(page.doc.activeElement!.id, 'Tab goes on to the audience').to.equal('audience-all');
    $(page, '#tip-of-the-day').focus();
    await sendKeys({ press: ' ' });
    await until(() => $(page, '#tip-of-the-day').checked, 'the space bar to tick the box');
    expect(snippet(page)).to.include('tip-of-the-day');
    $(page, '#heading').focus();
    await sendKeys({ type: 'Ours' });
    await until(() => snippet(page).includes('heading="Ours"'), 'typing to reach the snippet');
  });

  it('keeps the preview in sight beside the settings at 1280 × 900, above the snippet, while the form scrolls', async () => {
    // The iframe is the configurator's viewport: its media queries and scrolling are the page's own.
    const page = await openConfigurator(1280, 900);
    const el = await preview(page);
    const check = (when: string) => {
      const shown = $(page, '#preview-panel').getBoundingClientRect();
      const form = $(page, '#settings').getBoundingClientRect();
      expect(shown.top, `${when}: the preview's top is in the viewport`).to.be.within(0, 900 - 200);
      expect(shown.left, `${when}: the preview is beside the settings`).to.be.at.least(form.right);
      expect(form.top < 900 && form.bottom > 0, `${when}: the settings are in view too`).to.equal(true);
      expect(
        el.getBoundingClientRect().top,
        `${when}: the element itself starts in the viewport, not only the title`,
      ).to.be.below(900 - 300);
    };
    check('at the top of the page');
    expect($(page, '#snippet').getBoundingClientRect().top, 'the snippet comes below the preview').to.be.at.least(
      $(page, '#preview').getBoundingClientRect().bottom,
    );
    page.win.scrollTo(0, 2500);
    await until(() => page.win.scrollY > 2000, 'the page to scroll');
    check('half way down the form');
    expect($(page, '#see-preview').getClientRects().length, 'no "See preview" when it is beside').to.equal(0);
  });

  it('on a phone, offers "See preview" at the bottom of the screen, which jumps to the preview', async () => {
    const page = await openConfigurator(375, 700);
    await preview(page);
    const link = $<HTMLAnchorElement>(page, '#see-preview');
    const panel = $(page, '#preview-panel');
    expect(panel.getBoundingClientRect().top, 'the preview starts below the screen').to.be.above(700);
    const at = link.getBoundingClientRect();
    expect(at.height, 'the control shows').to.be.above(0);
    expect(at.top, 'it is on the screen').to.be.at.least(0);
    expect(at.bottom).to.be.at.most(700);
    expect(link.textContent!.trim()).to.equal('See preview');
    page.win.scrollTo(0, 1500);
    await until(() => page.win.scrollY > 1000, 'the page to scroll');
    expect(link.getBoundingClientRect().bottom, 'it stays on the screen while the form scrolls').to.be.at.most(700);
    link.click();
    await until(() => {
      const top = panel.getBoundingClientRect().top;
      return top >= -1 && top < 700 / 2;
    }, 'the preview to be scrolled into view');
  });

  it('fits a 320 px wide screen, with the form above the preview', async () => {
    const page = await openConfigurator(320, 800);
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    const form = $(page, '#settings').getBoundingClientRect();
    const shown = $(page, '#preview').getBoundingClientRect();
    expect(form.bottom).to.be.at.most(shown.top);
    const el = await preview(page);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
  });
});
