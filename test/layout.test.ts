import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { placeFixture } from './helpers.js';

/** Every box inside the shadow root that sticks out of the host horizontally. */
function overflowing(host: HTMLElement): string[] {
  const edge = host.getBoundingClientRect();
  return [...host.shadowRoot!.querySelectorAll('*')]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > edge.right + 0.5 || box.left < edge.left - 0.5);
    })
    .map((el) => `${el.localName}.${el.className}: ${el.textContent!.slice(0, 40)}`);
}

// The issue's hostile theme, and worse: rules on the ancestors, on every element (the host included),
// and on tags the panel uses inside (which stay outside its shadow root). Line height, letter and word
// spacing set on the host itself are taken on purpose (readers' text-spacing tools set them so; see
// below); set on its ancestors, they stop at the host.
const HOSTILE = `
  html { font-size: 62.5% !important; }
  * { box-sizing: content-box; }
  ul, li, h2, h3, a, button, p, section { all: unset; }
  .hostile * { font-size: 12px; text-transform: lowercase; color: lime; }
  .hostile { line-height: 3; letter-spacing: .3em; word-spacing: 1em; text-transform: uppercase; text-align: right;
    white-space: nowrap; color: magenta; font-size: 30px; font-weight: 900; font-style: italic; text-indent: 4em;
    font-variant: small-caps; text-shadow: 1px 1px red; visibility: visible; cursor: wait; }
`;

describe('layout', () => {
  for (const tag of ['partnership-panel', 'partnership-tips', 'partnership-resources']) {
    it(`<${tag}> fits a 320 px wide phone without horizontal scrolling`, async () => {
      const wrap = await placeFixture(html`<div style="width: 320px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      wrap.append(el);
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(overflowing(el)).to.deep.equal([]);
    });
  }

  /** Every element whose content is wider than its box: text cut off, or sticking out. */
  const clipped = (host: HTMLElement) =>
    [...host.shadowRoot!.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.localName}.${el.className}: ${el.textContent!.trim().slice(0, 40)}`);

  for (const layout of ['list', 'accordion', 'cards', 'compact']) {
    it(`wraps everything at 200% text in a 240 px sidebar, clipping nothing (${layout})`, async () => {
      // A reader's 32 px default font, in a 240 px column.
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<partnership-panel
          layout=${layout}
          open
          limit="2"
          style="width: 240px; --partnership-font-size: 32px"
        ></partnership-panel>`,
      );
      expect(overflowing(el)).to.deep.equal([]);
      expect(clipped(el)).to.deep.equal([]);
      // The phone numbers and the accordion labels are whole, wrapped rather than cut.
      for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="call"], button'))
        expect(label.scrollWidth, label.textContent!).to.be.at.most(label.clientWidth + 1);
    });
  }

  it("takes a reader's text spacing (WCAG 1.4.12) set on the page, buttons included, and loses nothing to it", async () => {
    // What the text-spacing bookmarklets testers and readers use put on every element of the page, the
    // element itself included (the shadow root's own elements are out of their reach).
    const style = document.createElement('style');
    style.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }`;
    document.head.append(style);
    try {
      for (const [layout, width] of [
        ['list', 600],
        ['cards', 900],
        ['compact', 300],
        ['accordion', 600],
      ] as const) {
        const el = await fixture<HTMLElement>(
          html`<partnership-panel layout=${layout} limit="3" open style=${`width: ${width}px`}></partnership-panel>`,
        );
        // Spacing is inherited as the host computed it (0.12em of the host's 16 px, 1.92 px): every line,
        // button and link gets that; line height is inherited as the number.
        const host = getComputedStyle(el);
        expect(parseFloat(host.letterSpacing)).to.be.closeTo(0.12 * parseFloat(host.fontSize), 0.01);
        const parts = ['tip', 'call', 'section-introduction', 'closing', 'headline', 'button'];
        for (const part of parts) {
          const node = el.shadowRoot!.querySelector(`[part~="${part}"]`)!;
          const s = getComputedStyle(node);
          expect(s.letterSpacing, `${layout} ${part} letter-spacing`).to.equal(host.letterSpacing);
          expect(s.wordSpacing, `${layout} ${part} word-spacing`).to.equal(host.wordSpacing);
          if (part !== 'button')
            expect(parseFloat(s.lineHeight) / parseFloat(s.fontSize), `${layout} ${part} line-height`).to.be.at.least(
              1.49,
            );
        }
        expect(overflowing(el)).to.deep.equal([]);
        expect(clipped(el)).to.deep.equal([]);
        const call = el.shadowRoot!.querySelector('[part~="call"]')!.getBoundingClientRect();
        expect(call.height, 'the call button stays 44 px tall').to.be.at.least(44);
      }
    } finally {
      style.remove();
    }
  });

  it('keeps the call button 44 px tall whatever line height reaches it', async () => {
    const el = await fixture<HTMLElement>(html`<partnership-panel style="line-height: 1"></partnership-panel>`);
    expect(el.shadowRoot!.querySelector('[part~="call"]')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  for (const [name, parent] of [
    ['a flex row', 'display: flex'],
    ['a grid with an auto column', 'display: grid; grid-template-columns: auto'],
    ['a float', 'display: block'],
    ['an inline-block', 'display: block'],
  ] as const) {
    it(`takes a readable width in ${name}, sized by its content`, async () => {
      const float = name === 'a float' ? 'float: left' : name === 'an inline-block' ? 'display: inline-block' : '';
      const wrap = await fixture<HTMLElement>(
        html`<div style=${`width: 1000px; ${parent}`}>
          <partnership-panel style=${float}></partnership-panel>
        </div>`,
      );
      const el = wrap.querySelector('partnership-panel') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const { width, height } = el.getBoundingClientRect();
      expect(width, 'wide enough to read').to.be.within(600, 1000);
      expect(height, 'no tower').to.be.below(6000);
      // And in a narrow row it shrinks rather than overflowing.
      wrap.style.width = '320px';
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  }

  it('sets body text at 18 px from a 16 px default, about 1.5 apart, at most about 70 characters a line', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="width: 1200px"><partnership-panel></partnership-panel></div>`,
    );
    const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part~="tip"]')!;
    const s = getComputedStyle(tip);
    expect(s.fontSize).to.equal('18px');
    expect(parseFloat(s.lineHeight) / 18).to.be.within(1.5, 1.6);
    // A line of the introduction: no wider than 70 average characters (about half an em each).
    const intro = el.shadowRoot!.querySelector<HTMLElement>('.summary')!;
    const size = parseFloat(getComputedStyle(intro).fontSize);
    expect(intro.getBoundingClientRect().width / size).to.be.at.most(36);
    for (const p of el.shadowRoot!.querySelectorAll<HTMLElement>('p, .tips'))
      expect(p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize)).to.be.at.most(36);
    // A clear step from title to group heading to section heading to body, and a regular-weight headline.
    const size_ = (selector: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);
    const [title, group, section, body] = [
      '.title-heading',
      '.audience-heading',
      '.section-heading',
      '[part~="tip"]',
    ].map(size_);
    expect(title / group).to.be.at.least(1.2);
    expect(group / section).to.be.at.least(1.15);
    expect(section / body).to.be.at.least(1.1);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.headline')!).fontWeight).to.equal('400');
  });

  it('reflows at twice the text size in 320 px (200% text zoom)', async () => {
    const el = await fixture<HTMLElement>(
      html`<partnership-panel style="width: 320px; --partnership-font-size: 32px"></partnership-panel>`,
    );
    expect(overflowing(el)).to.deep.equal([]);
  });

  it('keeps its size and spacing whatever the page sets on its ancestors; takes only the font family', async () => {
    const clean = await placeFixture(
      html`<div style="width: 600px; font-family: serif"><partnership-panel></partnership-panel></div>`,
    );
    const panel = clean.querySelector('partnership-panel')!;
    await (panel as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // Every box in the shadow root, relative to the host, and what paints its text: the same numbers
    // mean the same pixels.
    const measure = () => {
      const host = panel.getBoundingClientRect();
      const round = (n: number) => Math.round(n * 10) / 10;
      return {
        host: [host.width, host.height],
        boxes: [...panel.shadowRoot!.querySelectorAll('*')].map((el) => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return [
            el.localName,
            round(box.left - host.left),
            round(box.top - host.top),
            round(box.width),
            round(box.height),
            style.color,
            style.fontSize,
            style.fontWeight,
            style.lineHeight,
            style.textTransform,
            style.letterSpacing,
          ].join(' ');
        }),
      };
    };
    const before = measure();
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    clean.classList.add('hostile');
    try {
      const after = measure();
      expect(after.host).to.deep.equal(before.host);
      expect(after.boxes.filter((box, i) => box !== before.boxes[i])).to.deep.equal([]);
      const tip = getComputedStyle(panel.shadowRoot!.querySelector('[part~="tip"]')!);
      expect([tip.textTransform, tip.letterSpacing, tip.whiteSpace, tip.fontStyle]).to.deep.equal([
        'none',
        'normal',
        'normal',
        'normal',
      ]);
      // Engines report the initial text-align as "start" or, resolved for left-to-right text, "left".
      expect(tip.textAlign).to.be.oneOf(['start', 'left']);
      expect(tip.color).not.to.equal('rgb(255, 0, 255)');
      clean.style.fontFamily = 'monospace';
      expect(getComputedStyle(panel.shadowRoot!.querySelector('[part~="tip"]')!).fontFamily).to.equal('monospace');
    } finally {
      style.remove();
    }
  });

  it('shows a visible focus ring on a link reached with the keyboard', async () => {
    const el = await fixture<HTMLElement>(html`<partnership-resources></partnership-resources>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement as HTMLElement;
    expect(link?.matches('a[href]'), 'a link').to.equal(true);
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    before.remove();
  });
});
