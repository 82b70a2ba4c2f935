import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ValuesOf } from '../core/attributes.js';
import type { GroupNode, SectionNode, TipsNode } from '../core/document.js';
import { sectionIds } from '../core/content.js';
import { PartnershipElement } from './partnership-element.js';
import { heading, tipList } from './templates.js';

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
 * compact), a limit per section with a "Show N more tips" for each, and a tip of the day. Every control
 * is a native disclosure (`details` and `summary`), so it works before any script runs, and where none
 * may (a prerendered panel); the element keeps what the reader opened as its state, through each
 * disclosure's `toggle` event, and says so with `partnership-toggle`.
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
  /** Show one tip, the same for everyone on a given day, with "Show all tips" for the rest. */
  declare tipOfTheDay: boolean;
  /** The families' tips before the professionals'. */
  declare familiesFirst: boolean;
  /** Accordion sections the reader has open. @internal */
  declare protected _openSections: ReadonlySet<string>;
  /** Sections whose held-back tips (past `limit`) the reader asked for. @internal */
  declare protected _moreShown: ReadonlySet<string>;
  /** Whether the reader asked for every section under the tip of the day ("Show all tips"). @internal */
  declare protected _showAll: boolean;
  /** The section whose first newly shown tip takes the focus after this update. */
  private _focusTip?: string;
  /** The layout and `open` the open sections were set for, and the limit the held-back tips were. */
  private _openFor?: string;
  private _limitFor?: number;

  constructor() {
    super();
    this.open = false;
    this.tipOfTheDay = false;
    this.familiesFirst = false;
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
    const { layout, open, limit } = this._config;
    const ids = sectionIds(this._content);
    // Another layout, or `open`, sets which sections are open.
    if (`${layout} ${open}` !== this._openFor) {
      this._openFor = `${layout} ${open}`;
      this._openSections = new Set(open ? ids : []);
    }
    // New content (a language, the editor's file) keeps open the sections the reader opened that it still has.
    else if (changed.has('_content')) this._openSections = new Set(ids.filter((id) => this._openSections.has(id)));
    // A new limit holds tips back again.
    if (limit !== this._limitFor) {
      this._limitFor = limit;
      this._moreShown = new Set();
    }
  }

  /**
   * The reader may have opened or closed disclosures of the server's card before the script ran (the
   * first render takes the server's DOM as it is): the element's state becomes theirs.
   */
  protected override _tookOver(): void {
    const root = this.renderRoot as ShadowRoot;
    const opened = (control: string) =>
      new Set(
        [...root.querySelectorAll<HTMLDetailsElement>(`details[data-control="${control}"]`)]
          .filter((d) => d.open)
          .map((d) => d.closest('section')!.id),
      );
    this._openSections = opened('section');
    this._moreShown = opened('more');
    this._showAll = !!root.querySelector<HTMLDetailsElement>('details[data-control="all"]')?.open;
  }

  /**
   * A disclosure was opened or closed, by the reader (or by the page: a contents entry, find in page).
   * Its state becomes the element's, and the page is told; a disclosure the element itself set, which
   * already matches, says nothing.
   */
  private _onToggle(event: Event): void {
    const details = event.currentTarget as HTMLDetailsElement;
    const { open } = details;
    const control = details.dataset.control as PartnershipToggleDetail['control'];
    if (control === 'all') {
      if (this._showAll === open) return;
      this._showAll = open;
      this._toggled('all', 'all', open);
      return;
    }
    const id = details.closest('section')!.id;
    const set = control === 'more' ? this._moreShown : this._openSections;
    if (set.has(id) === open) return;
    const next = new Set(set);
    if (open) next.add(id);
    else next.delete(id);
    if (control === 'more') {
      this._moreShown = next;
      // The first newly shown tip takes the focus, so a reader goes on from where the list was cut.
      if (open) this._focusTip = id;
    } else this._openSections = next;
    this._toggled(id, control, open);
  }

  /** "Show all sections" / "Hide all sections": every section of the accordion opens, or closes. */
  private _toggleSections(): void {
    const ids = this._doc.tips!.groups.flatMap((g) => g.sections.map((s) => s.id));
    const open = !ids.every((id) => this._openSections.has(id));
    for (const id of ids) if (this._openSections.has(id) !== open) this._toggled(id, 'section', open);
    this._openSections = new Set(open ? ids : []);
  }

  protected override updated(): void {
    super.updated();
    if (!this._focusTip) return;
    this.renderRoot.querySelector<HTMLElement>(`#${this._focusTip}_more > :first-child`)?.focus();
    this._focusTip = undefined;
  }

  private _toggled(section: string, control: PartnershipToggleDetail['control'], open: boolean): void {
    const detail: PartnershipToggleDetail = { section, control, open };
    /** @type {CustomEvent<PartnershipToggleDetail>} */
    this.dispatchEvent(
      new CustomEvent<PartnershipToggleDetail>('partnership-toggle', { detail, bubbles: true, composed: true }),
    );
  }

  /** A summary's two labels, one shown while its disclosure is closed and one while it is open. */
  private _either(closed: string, opened: string): TemplateResult {
    return html`<span class="when-closed">${closed}</span><span class="when-open">${opened}</span>`;
  }

  /**
   * The tips: every shown section in the chosen layout, or, with `tip-of-the-day`, one tip and "Show
   * all tips" for the rest.
   */
  protected _renderTips(tips: TipsNode): TemplateResult {
    const all = html`<div id=${tips.allId} class="tips-area layout-${tips.layout}">
      ${tips.accordion ? this._renderSectionsControl(tips) : nothing}
      ${tips.groups.map((g) => this._renderGroup(g, tips))}
    </div>`;
    if (!tips.today) return all;
    const { showAll, showFewer } = this._doc.labels;
    return html`<div class="today-area">
      ${this._renderTipOfTheDay(tips.today)}<details
        class="all-tips"
        data-control="all"
        ?open=${this._showAll}
        @toggle=${this._onToggle}
      >
        <summary class="show-all" part="button">${this._either(showAll, showFewer)}</summary>
        ${all}
      </details>
    </div>`;
  }

  /**
   * "Show all sections" / "Hide all sections", as GOV.UK's accordion has: a button, which needs the
   * script, so it is hidden until the element is live (on a server, and while it takes over a server's
   * card); its room is kept, so nothing moves when it shows.
   */
  private _renderSectionsControl(tips: TipsNode): TemplateResult {
    const ids = tips.groups.flatMap((g) => g.sections.map((s) => s.id));
    const allOpen = ids.every((id) => this._openSections.has(id));
    const { showAllSections, hideAllSections } = this._doc.labels;
    return html`<div class="all-sections">
      <button class="sections-control" part="button" type="button" ?hidden=${!this._live} aria-expanded=${allOpen ? 'true' : 'false'} @click=${this._toggleSections}>
        ${allOpen ? hideAllSections : showAllSections}
      </button>
    </div>`;
  }

  /** One tip, with whose tip it is ("Professionals could:"): alone, it would read as a promise or an order. */
  private _renderTipOfTheDay(today: NonNullable<TipsNode['today']>): TemplateResult {
    // Once every tip shows, it is in its section: not shown twice (the stylesheet does the same before
    // the script runs, where the engine can; the state does it in every engine).
    return html`<div class="tip-of-the-day" part="tip-of-the-day" ?hidden=${this._showAll}>
      ${heading(today.heading)}
      ${today.lead ? html`<p class="today-lead" part="today-lead">${today.lead}</p>` : nothing}
      <p class="today-tip" part="today-tip">${today.tip}</p>
    </div>`;
  }

  private _renderGroup(group: GroupNode, tips: TipsNode): TemplateResult {
    return html`<section class="audience ${group.audience}" part="audience">
      ${heading(group.heading)}
      <div class="sections">${group.sections.map((s) => this._renderSection(s, tips.accordion))}</div>
    </section>`;
  }

  /** A section under its heading (none where its audience's names it); in the accordion, a disclosure whose summary is the heading. */
  private _renderSection(s: SectionNode, accordion: boolean): TemplateResult {
    const body = html`<div class="section-body" id=${s.bodyId}>
      ${s.introduction ? html`<p class="lead" part="section-introduction">${s.introduction}</p>` : nothing}
      ${this._renderTipList(s)}
    </div>`;
    if (!accordion || !s.heading)
      return html`<section id=${s.id} class="section" part="section">
        ${s.heading ? heading(s.heading) : nothing}${body}
      </section>`;
    return html`<section id=${s.id} class="section" part="section">
      <details class="section-details" data-control="section" ?open=${this._openSections.has(s.id)} @toggle=${this._onToggle}>
        <summary class="disclosure" part="button">${heading(s.heading)}</summary>
        ${body}
      </details>
    </section>`;
  }

  /**
   * A section's tips; past `limit`, held back behind the section's own "Show N more tips", which the
   * section's heading describes (several sections may each say "Show 8 more tips").
   */
  private _renderTipList(s: SectionNode): TemplateResult {
    if (!s.showMore) return tipList(s.tips, s.tipsId);
    return html`${tipList(s.tips.slice(0, s.shown), s.tipsId)}<details
        class="more-tips"
        data-control="more"
        ?open=${this._moreShown.has(s.id)}
        @toggle=${this._onToggle}
      >
        <summary class="more" part="button more" aria-describedby=${s.namedBy}>
          ${this._either(s.showMore, this._doc.labels.showFewer)}
        </summary>
        ${tipList(s.tips.slice(s.shown), `${s.id}_more`, true)}
      </details>`;
  }
}
