import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { limits } from '../src/internal/load.js';
import { allTips, captureWarnings, english, headings, placeFixture, renderedTips, textOf } from './helpers.js';

type Panel = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits until the element has rendered what `done` looks for (a fetched file arrives asynchronously). */
const until = (el: Panel, done: () => boolean, what: string, ms = 5000) =>
  waitUntil(
    async () => {
      await el.updateComplete;
      return done();
    },
    `waited ${ms / 1000} s for the panel to show ${what}`,
    { interval: 20, timeout: ms },
  );

const requestsFor = (path: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(path)).length;

describe("src: the editor's own content file", () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('shows an edited copy of content/en.json', async () => {
    const el = await fixture<Panel>(html`<partnership-panel src="/__test/edited.json"></partnership-panel>`);
    await until(el, () => headings(el)[0].text.startsWith('Our district'), "the edited file's title");
    expect(renderedTips(el)[0]).to.equal('Call families in their own language before the first meeting.');
    expect(renderedTips(el).slice(1)).to.deep.equal(allTips(english).slice(1));
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('updateComplete resolves once the file shows, or once the built-in content shows after a warning', async () => {
    const el = await fixture<Panel>(html`<partnership-panel src="/__test/edited.json?complete"></partnership-panel>`);
    // fixture() awaited updateComplete: no further wait is needed.
    expect(headings(el)[0].text).to.equal('Our district: building winning partnerships');
    el.setAttribute('src', '/__test/missing.json?complete');
    await el.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(headings(el)[0].text).to.equal(english.title);
  });

  it('an audience the file lacks shows everyone, and comes back with the built-in content', async () => {
    const el = await fixture<Panel>(
      html`<partnership-panel audience="families" src="/__test/professionals-only.json"></partnership-panel>`,
    );
    await until(el, () => warnings.messages.length > 0, 'a warning');
    expect(renderedTips(el)).to.have.length(14);
    expect(warnings.messages[0]).to.include('audience="families"');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(renderedTips(el)).to.deep.equal(english.audiences[1].sections[0].tips);
  });

  it('is fetched once however many panels use it', async () => {
    const before = requestsFor('/__test/edited.json');
    const wrap = await placeFixture(
      html`<div>
        <partnership-panel src="/__test/edited.json"></partnership-panel>
        <partnership-tips src="/__test/edited.json"></partnership-tips>
        <partnership-panel src="/__test/edited.json" audience="professionals"></partnership-panel>
      </div>`,
    );
    const els = [...wrap.children] as Panel[];
    for (const el of els)
      await until(el, () => renderedTips(el)[0]?.startsWith('Call families'), "the edited file's first tip");
    expect(requestsFor('/__test/edited.json') - before).to.be.at.most(1);
  });

  it('keeps the valid parts of a partly wrong file and warns once, naming the URL and the problems', async () => {
    const el = await fixture<Panel>(html`<partnership-panel src="/__test/partly-wrong.json"></partnership-panel>`);
    await until(el, () => headings(el)[0].text === 'Partly wrong file', "the partly wrong file's title");
    expect(renderedTips(el)).to.deep.equal(['Read together every day.', '<img src=x onerror=alert(1)>']);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(el)).to.include(english.closing);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.some((href) => href!.startsWith('javascript'))).to.equal(false);
    expect(links).to.include('https://example.org/parents');
    expect(links).to.include('tel:8025550100');
    expect(textOf(el)).to.include('Parent center');
    expect(warnings.messages).to.have.length(1);
    const [message] = warnings.messages;
    for (const part of [
      '/__test/partly-wrong.json',
      'closing is not text',
      'unknownField',
      'tips[1] is not text',
      'audiences[1]',
      'href is not an http(s), tel: or mailto: link',
      'phone is not a phone number',
      'items[2].name is missing',
    ])
      expect(message).to.include(part);
    await expect(el).to.be.accessible();
  });

  for (const [file, problem] of [
    ['/__test/missing.json', '404'],
    ['/__test/not-json.json', 'not JSON'],
    ['/__test/array.json', 'not a JSON object'],
  ]) {
    it(`${file} falls back to the built-in content with a warning (${problem})`, async () => {
      const el = await fixture<Panel>(html`<partnership-panel src=${file}></partnership-panel>`);
      await until(el, () => warnings.messages.length > 0, 'a warning');
      expect(renderedTips(el)).to.deep.equal(allTips(english));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include(file).and.include(problem);
    });
  }

  it('gives up on a file that does not answer in time', async () => {
    const saved = limits.timeout;
    limits.timeout = 300;
    try {
      const el = await fixture<Panel>(html`<partnership-panel src="/__test/slow.json"></partnership-panel>`);
      await until(el, () => warnings.messages.length > 0, 'a warning');
      expect(warnings.messages[0]).to.include('/__test/slow.json').and.include('did not answer within 0.3 s');
      expect(renderedTips(el)).to.have.length(24);
    } finally {
      limits.timeout = saved;
    }
  });

  for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'ftp://example.org/x.json']) {
    it(`refuses src="${bad}" without fetching it`, async () => {
      const el = await fixture<Panel>(html`<partnership-panel src=${bad}></partnership-panel>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('src=').and.include('not an http(s) address');
      expect(renderedTips(el)).to.have.length(24);
      expect(performance.getEntriesByType('resource').some((e) => e.name.startsWith(bad.slice(0, 5)))).to.equal(false);
    });
  }
});
