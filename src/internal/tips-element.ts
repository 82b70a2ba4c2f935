import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ValuesOf } from '../core/attributes.js';
import type { GroupNode, SectionNode, TipsNode } from '../core/document.js';
import { sectionIds } from '../core/content.js';
import { PartnershipElement } from './partnership-element.js';
import { counted, heading, tipList } from './templates.js';

/** detail of `partnership-toggle`. */
export interface PartnershipToggleDetail {
  /** The section id, or `all` for the tip of the day's "Show all tips" button. */
  section: string;
  /** `section` for an accordion section, `more` for a section's "Show N more tips", `all` for "Show all tips". */
  control: 'section' | 'more' | 'all';
  /** Whether the section, or its held-back tips, or all tips, are now shown. */
  open: boolean;
}

/**
 * The elements that show tips: audience and section filters, layouts (list, accordion, cards,
 * compact), a limit per section with a "Show N more tips" button for each, and a tip of the day.
 */
export abstract class TipsElement extends PartnershipElement {
  static override properties: PropertyDeclarations = {
    // Internal state (`state` implies no attribute; the manifest's analyzer reads only `attribute: false`).
    _openSections: { state: true, attribute: false },
    _moreShown: { state: true, attribute: false },
    _showAll: { state: true, attribute: false },
  };

  /** Whose tips to show: `all` (default), `families` or `professionals`. */
  declare audience: ValuesOf<'audience'>;
  /** Section ids to show, separated by commas or spaces; empty shows every section. */
  declare sections: string;
  /**
   * `list` (default), `accordion` (each section a disclosure), `cards` (sections side by side where there
   * is room) or `compact` (for a narrow column: the accordion, in smaller type and spacing).
   */
  declare layout: ValuesOf<'layout'>;
  /** With `layout="accordion"`: every section starts open. */
  declare open: boolean;
  /** At most this many tips per section (a whole number from 1). */
  declare limit: string;
  /** Show one tip, the same for everyone on a given day, with a button to show all. */
  declare tipOfTheDay: boolean;
  /** Accordion sections the reader has open. @internal */
  declare protected _openSections: ReadonlySet<string>;
  /** Sections whose held-back tips (past `limit`) the reader asked for. @internal */
  declare protected _moreShown: ReadonlySet<string>;
  /** Whether the reader asked for every section under the tip of the day ("Show all tips"). @internal */
  declare protected _showAll: boolean;
  /** The section whose first newly shown tip takes the focus after this update. */
  private _focusTip?: string;

  constructor() {
    super();
    this.open = false;
    this.tipOfTheDay = false;
    this._openSections = new Set();
    this._moreShown = new Set();
    this._showAll = false;
  }

  /** The card's class for the layout: `compact` sets it smaller throughout. */
  protected get _layoutClass(): string {
    return this._config.layout === 'compact' ? 'compact' : '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const ids = sectionIds(this._content);
    if (changed.has('layout') || changed.has('open')) this._openSections = new Set(this._config.open ? ids : []);
    // New content (a language, the editor's file) keeps open the sections the reader opened that it still has.
    else if (changed.has('_content')) this._openSections = new Set(ids.filter((id) => this._openSections.has(id)));
    // A new limit holds tips back again.
    if (changed.has('limit')) this._moreShown = new Set();
  }

  private _onDisclosure(event: Event): void {
    const id = (event.currentTarget as Element).closest('section')!.id;
    this._openSections = this._toggle(this._openSections, id, 'section');
  }

  /** A section's "Show N more tips" / "Show fewer tips": the first newly shown tip takes the focus. */
  private _onMore(event: Event): void {
    const id = (event.currentTarget as Element).closest('section')!.id;
    this._moreShown = this._toggle(this._moreShown, id, 'more');
    if (this._moreShown.has(id)) this._focusTip = id;
  }

  private _toggleAll(): void {
    this._showAll = !this._showAll;
    this._toggled('all', 'all', this._showAll);
  }

  /** The set with `id` added or taken out, and the event saying which. */
  private _toggle(set: ReadonlySet<string>, id: string, control: 'section' | 'more'): Set<string> {
    const next = new Set(set);
    const open = !next.delete(id);
    if (open) next.add(id);
    this._toggled(id, control, open);
    return next;
  }

  protected override updated(): void {
    super.updated();
    if (!this._focusTip) return;
    this.renderRoot
      .querySelector<HTMLElement>(`#${this._focusTip}_tips > :nth-child(${this._config.limit + 1})`)
      ?.focus();
    this._focusTip = undefined;
  }

  private _toggled(section: string, control: PartnershipToggleDetail['control'], open: boolean): void {
    const detail: PartnershipToggleDetail = { section, control, open };
    /** @type {CustomEvent<PartnershipToggleDetail>} */
    this.dispatchEvent(
      new CustomEvent<PartnershipToggleDetail>('partnership-toggle', { detail, bubbles: true, composed: true }),
    );
  }

  /**
   * The tips: every shown section in the chosen layout, or, with `tip-of-the-day`, one tip and a
   * "Show all tips" button for the rest.
   */
  protected _renderTips(tips: TipsNode): TemplateResult {
    const all = html`<div id=${tips.allId} class="tips-area layout-${tips.layout}" ?hidden=${!!tips.today && !this._showAll}>
      ${tips.groups.map((g) => this._renderGroup(g, tips))}
    </div>`;
    if (!tips.today) return all;
    const { showAll, showFewer } = this._doc.labels;
    return html`${this._renderTipOfTheDay(tips.today)}<button
        class="show-all"
        part="button"
        type="button"
        aria-controls=${tips.allId}
        aria-expanded=${this._showAll ? 'true' : 'false'}
        @click=${this._toggleAll}
      >
        ${this._showAll ? showFewer : showAll}</button
      >${all}`;
  }

  /** One tip, with whose tip it is ("Professionals could:"): alone, it would read as a promise or an order. */
  private _renderTipOfTheDay(today: NonNullable<TipsNode['today']>): TemplateResult {
    return html`<div class="tip-of-the-day" part="tip-of-the-day">
      ${heading(today.heading)}
      ${today.lead ? html`<p class="today-lead" part="today-lead">${today.lead}</p>` : nothing}
      <p class="today-tip" part="today-tip">${today.tip}</p>
    </div>`;
  }

  private _renderGroup(group: GroupNode, tips: TipsNode): TemplateResult {
    return html`<section class="audience ${group.audience}" part="audience">
      ${group.heading ? heading(group.heading) : nothing}
      <div class="sections">${group.sections.map((s) => this._renderSection(s, tips.accordion))}</div>
    </section>`;
  }

  /** A section, under its heading (none where its audience's names it); in the accordion, the heading's button opens it. */
  private _renderSection(s: SectionNode, accordion: boolean): TemplateResult {
    const open = !accordion || this._openSections.has(s.id);
    const title =
      s.heading && accordion
        ? html`<button
            class="disclosure"
            part="button"
            type="button"
            aria-controls=${s.bodyId}
            aria-expanded=${open ? 'true' : 'false'}
            @click=${this._onDisclosure}
          >
            <span>${counted(s.heading)}</span>
          </button>`
        : undefined;
    return html`<section id=${s.id} class="section" part="section">
      ${s.heading ? heading(s.heading, title) : nothing}
      <div class="section-body" id=${s.bodyId} ?hidden=${!open}>
        ${s.introduction ? html`<p class="lead" part="section-introduction">${s.introduction}</p>` : nothing}
        ${this._renderTipList(s)}
      </div>
    </section>`;
  }

  /**
   * A section's tips; past `limit`, held back behind the section's own "Show N more tips", which the
   * section's heading describes (several sections may each say "Show 8 more tips").
   */
  private _renderTipList(s: SectionNode): TemplateResult {
    const more = this._moreShown.has(s.id);
    return html`${tipList(s.tips, s.tipsId, more ? Infinity : s.shown, s.showMore ? s.shown : Infinity)}${
      s.showMore
        ? html`<button
          class="more"
          part="button more"
          type="button"
          aria-controls=${s.tipsId}
          aria-describedby=${s.namedBy}
          aria-expanded=${more ? 'true' : 'false'}
          @click=${this._onMore}
        >
          ${more ? this._doc.labels.showFewer : s.showMore}
        </button>`
        : nothing
    }`;
  }
}
