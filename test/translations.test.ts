// Each language's own punctuation and numbers (the December 2026 translation review): the credit line
// ends its sentences as the language does, the contact line's spacing follows its colon, tip counts
// are in the language's digits (Intl.NumberFormat), and Arabic says one and two in words.
import { expect } from '@open-wc/testing';
import ar from '../content/ar.json' with { type: 'json' };
import ne from '../content/ne.json' with { type: 'json' };
import zh from '../content/zh.json' with { type: 'json' };
import { BUNDLE, bundlePage } from './helpers.js';

const panelIn = async (lang: string, attributes = '') => {
  const { doc, win } = await bundlePage(
    `<script src="${BUNDLE}"></script><script src="/dist/lang/${lang}.js"></script><partnership-panel lang="${lang}" ${attributes}></partnership-panel>`,
  );
  expect(win.warnings).to.deep.equal([]);
  return doc.querySelector('partnership-panel')!.shadowRoot!;
};
const textOf = (root: ShadowRoot, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('translations: punctuation and numbers by language', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('Chinese: the credit line ends its sentences with 。, and no space follows the contact line’s ：', async () => {
    const root = await panelIn('zh');
    const [credit] = textOf(root, '[part~="credit"]');
    expect(credit.endsWith(`${zh.published.label}。`), credit).to.equal(true);
    expect(credit.includes(`（英文）。${zh.published.label}`), credit).to.equal(true);
    expect(credit).not.to.include('.');
    const contact = root.querySelector('[part~="footer"] p')!.textContent!;
    expect(contact, contact).to.include(`：${zh.publisher.phone}`);
    expect(textOf(root, '[part~="count"]')).to.include('10 条建议');
  });

  it('Nepali: the credit line ends its sentences with ।, and tip counts are in Devanagari digits', async () => {
    const root = await panelIn('ne', 'limit="3"');
    const [credit] = textOf(root, '[part~="credit"]');
    expect(credit.endsWith(`${ne.published.label}।`), credit).to.equal(true);
    expect(credit).not.to.match(/\.\s/);
    const counts = textOf(root, '[part~="count"]');
    expect(counts.length).to.be.greaterThan(0);
    for (const count of counts) expect(count, count).to.match(/[०-९]/).and.not.to.match(/[0-9]/);
    for (const more of textOf(root, 'summary.more .when-closed'))
      expect(more, more).to.match(/[०-९]/).and.not.to.match(/[0-9]/);
  });

  it('Arabic: one and two more tips are said in words, other counts with their number', async () => {
    const labels = ar.labels as Record<string, string>;
    const nine = await panelIn('ar', 'limit="9"');
    // Build Trust and What Families Can Do hold 10 tips: one held back.
    expect(textOf(nine, 'summary.more .when-closed')).to.include(labels.showMore_one);
    const eight = await panelIn('ar', 'limit="8"');
    expect(textOf(eight, 'summary.more .when-closed')).to.include(labels.showMore_two);
    expect(labels.showMore_one).not.to.include('{count}');
    const counts = textOf(eight, '[part~="count"]');
    // Arabic has no numberingSystem: its counts are in Latin digits, in every engine (see docs/translation-notes.md).
    expect(counts).to.include(labels.tipCount_few.replace('{count}', '10'));
    const [credit] = textOf(eight, '[part~="credit"]');
    expect(credit.endsWith(`${ar.published.label}.`), credit).to.equal(true);
  });
});
