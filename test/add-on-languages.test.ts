// Languages beyond English and Spanish come as add-on scripts, dist/lang/<lang>.js, next to the
// one-tag bundle: a page adds the one it needs, before or after the bundle. Each case is a fresh page.
import { expect } from '@open-wc/testing';
import ar from '../content/ar.json' with { type: 'json' };
import es from '../content/es.json' with { type: 'json' };
import fr from '../content/fr.json' with { type: 'json' };
import ne from '../content/ne.json' with { type: 'json' };
import sw from '../content/sw.json' with { type: 'json' };
import vi from '../content/vi.json' with { type: 'json' };
import zh from '../content/zh.json' with { type: 'json' };
import { allTips, BUNDLE, bundlePage, english, renderedTips } from './helpers.js';
import type { Content } from '../src/core/content.js';

const ADD_ONS = { ar, fr, ne, sw, vi, zh } as unknown as Record<string, Content>;
const spanish = es as unknown as Content;
const script = (lang: string) => `<script src="/dist/lang/${lang}.js"></script>`;
const root = (el: Element | null) => el!.shadowRoot!;

describe('add-on languages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [lang, content] of Object.entries(ADD_ONS)) {
    it(`${lang}: its script after the bundle shows the whole panel in that language, with no warning`, async () => {
      const { doc, win } = await bundlePage(
        `<script src="${BUNDLE}"></script><partnership-panel lang="${lang}"></partnership-panel>${script(lang)}`,
      );
      const panel = doc.querySelector('partnership-panel')!;
      expect(renderedTips(panel)).to.deep.equal(allTips(content));
      expect(root(panel).querySelector('h1, h2, h3, h4, h5, h6')!.textContent).to.equal(content.title);
      expect(root(panel).querySelector('[part~="panel"]')!.getAttribute('lang')).to.equal(lang);
      expect(win.warnings).to.deep.equal([]);
      expect(win.errors).to.deep.equal([]);
    });
  }

  it('an add-on before the bundle works the same, for every element on the page', async () => {
    const { doc, win } = await bundlePage(
      `${script('vi')}<script src="${BUNDLE}"></script>
       <partnership-panel lang="vi"></partnership-panel>
       <partnership-tips lang="vi-VN" audience="families"></partnership-tips>
       <partnership-resources lang="vi"></partnership-resources>`,
    );
    const vietnamese = ADD_ONS.vi;
    expect(renderedTips(doc.querySelector('partnership-panel')!)).to.deep.equal(allTips(vietnamese));
    expect(renderedTips(doc.querySelector('partnership-tips')!)).to.deep.equal(
      vietnamese.audiences[1].sections[0].tips,
    );
    expect(
      root(doc.querySelector('partnership-resources')).querySelector('h1, h2, h3, h4, h5, h6')!.textContent,
    ).to.equal(vietnamese.resources.heading);
    expect(win.warnings).to.deep.equal([]);
  });

  it('matches language tags as pages write them: zh-CN and zh-Hans use zh; zh-TW and pt-BR fall back to English with a warning', async () => {
    const { doc, win } = await bundlePage(
      `<script src="${BUNDLE}"></script>${script('zh')}
       <partnership-tips id="cn" lang="zh-CN"></partnership-tips><partnership-tips id="hans" lang="zh-Hans"></partnership-tips>
       <partnership-tips id="tw" lang="zh-TW"></partnership-tips><partnership-tips id="br" lang="pt-BR"></partnership-tips>`,
    );
    const tips = (id: string) => renderedTips(doc.getElementById(id)!);
    expect(tips('cn')).to.deep.equal(allTips(ADD_ONS.zh));
    expect(tips('hans')).to.deep.equal(allTips(ADD_ONS.zh));
    expect(tips('tw')).to.deep.equal(allTips(english));
    expect(tips('br')).to.deep.equal(allTips(english));
    expect(win.warnings).to.have.length(2);
    expect(win.warnings[0]).to.include('"zh-TW"');
    expect(win.warnings[1]).to.include('"pt-BR"');
  });

  it('without its script, a language falls back to English with one warning naming the script to add', async () => {
    const { doc, win } = await bundlePage(
      `<script src="${BUNDLE}"></script><partnership-panel lang="ar"></partnership-panel>`,
    );
    expect(renderedTips(doc.querySelector('partnership-panel')!)).to.deep.equal(allTips(english));
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.include('"ar"').and.include(new URL('/dist/lang/ar.js', location.href).href);
  });

  it('arriving later (a script added at run time) re-renders the elements that asked for it', async () => {
    const { doc, win } = await bundlePage(
      `<script src="${BUNDLE}"></script><partnership-tips lang="sw"></partnership-tips>`,
    );
    const el = doc.querySelector('partnership-tips') as HTMLElement & { updateComplete: Promise<unknown> };
    expect(renderedTips(el)).to.deep.equal(allTips(english));
    const added = doc.createElement('script');
    added.src = '/dist/lang/sw.js';
    await new Promise((resolve) => {
      added.onload = resolve;
      doc.head.append(added);
    });
    await el.updateComplete;
    expect(renderedTips(el)).to.deep.equal(allTips(ADD_ONS.sw));
    expect(win.warnings).to.have.length(1); // the one said before the script was added
  });
});

describe('translations families can trust', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const all = { es: spanish, ...ADD_ONS };
  for (const [lang, content] of Object.entries(all)) {
    it(`${lang}: says it is an unofficial translation of the English fact sheet, and marks English as English`, async () => {
      const { doc } = await bundlePage(
        `<script src="${BUNDLE}"></script>${lang === 'es' ? '' : script(lang)}<partnership-panel lang="${lang}"></partnership-panel>`,
      );
      const shadow = root(doc.querySelector('partnership-panel'));
      const notice = shadow.querySelector('[part~="translation"]')!;
      expect(notice, 'the translation line').to.exist;
      expect(notice.querySelector('[lang="en"]')!.textContent).to.equal(english.title);
      const credit = shadow.querySelector('[part~="credit"]')!;
      expect([...credit.querySelectorAll('[lang="en"]')].map((e) => e.textContent)).to.deep.equal([
        english.publisher.name,
        english.title,
      ]);
      const names = [...shadow.querySelectorAll('[part~="resource-name"]')];
      expect(names.map((n) => [n.getAttribute('lang'), n.textContent!.trim()])).to.deep.equal(
        content.resources.items.map((r) => ['en', r.name]),
      );
    });
  }

  it('English says nothing of translation', async () => {
    const { doc } = await bundlePage(`<script src="${BUNDLE}"></script><partnership-panel></partnership-panel>`);
    const shadow = root(doc.querySelector('partnership-panel'));
    expect(shadow.querySelector('[part~="translation"]')).to.equal(null);
    expect(shadow.querySelectorAll('[part~="panel"] [lang]').length).to.equal(0);
  });
});

describe('Arabic, right to left', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('mirrors the whole card: text, bullets, the band and the accordion, with phone numbers left to right', async () => {
    const { doc } = await bundlePage(
      `<script src="${BUNDLE}"></script>${script('ar')}<partnership-panel lang="ar" layout="accordion" open></partnership-panel>`,
    );
    const shadow = root(doc.querySelector('partnership-panel'));
    const card = shadow.querySelector<HTMLElement>('[part~="panel"]')!;
    expect(card.getAttribute('dir')).to.equal('rtl');
    const box = card.getBoundingClientRect();
    // The title starts at the right of the band.
    const title = shadow.querySelector('#_title')!;
    const range = doc.createRange();
    range.selectNodeContents(title);
    const text = range.getBoundingClientRect();
    expect(box.right - text.right, 'title against the right edge').to.be.lessThan(box.width / 10);
    // Bullets sit at the start of each tip, which is its right.
    const tip = shadow.querySelector('[part~="tip"]')!;
    expect(parseFloat(getComputedStyle(tip).paddingRight)).to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(tip).paddingLeft)).to.equal(0);
    const bullet = getComputedStyle(tip, '::before');
    expect(parseFloat(bullet.right)).to.be.greaterThan(0);
    // Each disclosure's chevron comes first in its button, so on the right; its label is right-aligned.
    const button = shadow.querySelector('summary.disclosure')!;
    expect(getComputedStyle(button).direction).to.equal('rtl');
    const label = doc.createRange();
    label.selectNodeContents(button);
    expect(button.getBoundingClientRect().right - label.getBoundingClientRect().right).to.be.greaterThan(5);
    // The chevron points down (closed) or up (open) the same in either direction: not sideways.
    const chevron = getComputedStyle(button, '::before');
    expect([chevron.borderRightStyle, chevron.borderBottomStyle, chevron.borderLeftStyle]).to.deep.equal([
      'solid',
      'solid',
      'none',
    ]);
    // Phone numbers keep their digits in order.
    for (const phone of shadow.querySelectorAll('a[href^="tel:"]')) {
      // The number reads left to right: the whole link, or the number inside a call button's text.
      const number = phone.querySelector('[dir="ltr"]') ?? phone;
      expect(getComputedStyle(number).direction, phone.textContent!).to.equal('ltr');
      expect(number.textContent).to.match(/^[\d-]+$/);
    }
  });
});

describe('tip of the day says whose tip it is', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [lang, content] of Object.entries({ en: english, es: spanish, fr: ADD_ONS.fr })) {
    it(`${lang}: the lead-in of the tip's audience comes before the tip`, async () => {
      const { doc } = await bundlePage(
        `<script src="${BUNDLE}"></script>${script('fr')}<partnership-tips lang="${lang}" tip-of-the-day></partnership-tips>`,
      );
      const shadow = root(doc.querySelector('partnership-tips'));
      const tip = shadow.querySelector('[part~="today-tip"]')!.textContent;
      const audience = content.audiences.find((a) => a.sections.some((s) => s.tips.includes(tip!)))!;
      const lead = shadow.querySelector('[part~="today-lead"]')!;
      expect(lead.textContent).to.equal(audience.lead);
      expect(lead.compareDocumentPosition(shadow.querySelector('[part~="today-tip"]')!)).to.equal(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
  }
});
