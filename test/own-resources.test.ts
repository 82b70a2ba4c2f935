import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { PartnershipLinkDetail } from '../src/internal/partnership-element.js';
import { captureWarnings, textOf } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const names = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="resource-name"]')].map((n) => n.textContent!.trim());

describe("the editor's own resources", () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('lists a <partnership-resource> child after the built-in ones, with a tel: link', async () => {
    const el = await fixture<El>(
      html`<partnership-panel>
        <partnership-resource
          name="Maple Ridge family liaison"
          phone="(802) 555-0142"
          description="Ms. Ortiz helps families before meetings."
          href="https://example.org/liaison"
        ></partnership-resource>
      </partnership-panel>`,
    );
    expect(names(el)).to.deep.equal([
      'The Center for Dispute Resolution in Special Education (CADRE)',
      'National Center for Families Learning',
      'Maple Ridge family liaison',
    ]);
    const tel = el.shadowRoot!.querySelector('a[href="tel:8025550142"]')!;
    expect(tel.textContent).to.equal('Call (802) 555-0142');
    const web = el.shadowRoot!.querySelector('a[href="https://example.org/liaison"]')!;
    expect(web.textContent).to.equal('Website');
    // Both actions are described by the card's heading: "Call (802) 555-0142", "Maple Ridge family liaison".
    for (const link of [tel, web])
      expect(el.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'Maple Ridge family liaison',
      );
    // It looks like the others: the same card, the same call button.
    const [sheet, mine] = [tel, el.shadowRoot!.querySelector('a[href="tel:5413594210"]')!].map((a) =>
      getComputedStyle(a.closest('[part~="resource"]')!),
    );
    expect(mine.backgroundColor).to.equal(sheet.backgroundColor);
    expect(mine.padding).to.equal(sheet.padding);
    expect(textOf(el)).to.include('Ms. Ortiz helps families before meetings.');
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('resources-first="local" lists the editor\'s own first, on both elements', async () => {
    for (const tag of ['panel', 'resources']) {
      const el = await fixture<El>(
        tag === 'panel'
          ? html`<partnership-panel resources-first="local"><partnership-resource name="School nurse" phone="802-555-0199"></partnership-resource></partnership-panel>`
          : html`<partnership-resources resources-first="LOCAL"><partnership-resource name="School nurse" phone="802-555-0199"></partnership-resource></partnership-resources>`,
      );
      expect(names(el)).to.deep.equal([
        'School nurse',
        'The Center for Dispute Resolution in Special Education (CADRE)',
        'National Center for Families Learning',
      ]);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  for (const bad of ['first', 'own', '']) {
    it(`resources-first="${bad}" warns and keeps the fact sheet's first`, async () => {
      const el = await fixture<El>(
        html`<partnership-panel resources-first=${bad}><partnership-resource name="School nurse"></partnership-resource></partnership-panel>`,
      );
      expect(names(el)[0]).to.equal('The Center for Dispute Resolution in Special Education (CADRE)');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('resources-first').and.include('fact-sheet, local');
    });
  }

  it("no-default-resources lists only the editor's", async () => {
    const el = await fixture<El>(
      html`<partnership-resources no-default-resources>
        <partnership-resource name="School nurse" phone="802-555-0199"></partnership-resource>
      </partnership-resources>`,
    );
    expect(names(el)).to.deep.equal(['School nurse']);
    await expect(el).to.be.accessible();
  });

  it('follows children added, changed and removed at run time', async () => {
    const el = await fixture<El>(html`<partnership-resources></partnership-resources>`);
    const child = document.createElement('partnership-resource');
    child.setAttribute('name', 'Parent center');
    el.append(child);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(names(el)).to.include('Parent center');
    child.setAttribute('name', 'Parent resource center');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(names(el)).to.include('Parent resource center');
    child.remove();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(names(el)).to.have.length(2);
  });

  it('drops a bad phone and a javascript: link with a warning, keeping the resource', async () => {
    const el = await fixture<El>(
      html`<partnership-panel>
        <partnership-resource name="Tricky" phone="call us!" href="javascript:alert(1)"></partnership-resource>
        <partnership-resource phone="802-555-0100"></partnership-resource>
      </partnership-panel>`,
    );
    expect(names(el)).to.include('Tricky');
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(warnings.messages).to.have.length(3);
    expect(warnings.messages.join('\n'))
      .to.include('phone is not a phone number')
      .and.include('href is not an http(s), tel: or mailto: link')
      .and.include('name is missing');
    expect(warnings.messages[0]).to.include('<partnership-panel>').and.include('<partnership-resource name="Tricky"');
  });

  it('tells the page when a phone or web link is used', async () => {
    const el = await fixture<El>(
      html`<partnership-resources>
        <partnership-resource name="Parent center" href="https://example.org/parents"></partnership-resource>
      </partnership-resources>`,
    );
    el.addEventListener('click', (e) => e.preventDefault());
    const tel = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    setTimeout(() => tel.click());
    const call = (await oneEvent(el, 'partnership-link')) as CustomEvent<PartnershipLinkDetail>;
    expect(call.detail).to.deep.equal({ href: 'tel:5413594210', kind: 'phone', label: 'Call 541-359-4210' });
    expect(call.bubbles && call.composed).to.equal(true);
    const web = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
    setTimeout(() => web.click());
    const visit = (await oneEvent(el, 'partnership-link')) as CustomEvent<PartnershipLinkDetail>;
    expect(visit.detail).to.deep.equal({ href: 'https://example.org/parents', kind: 'web', label: 'Website' });
  });
});
