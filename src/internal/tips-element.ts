import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { idList, integer, keyword, quote, text } from './attributes.js';
import { plural, sectionIds, type Audience, type Section } from './content.js';
import { PartnershipElement } from './partnership-element.js';
import { deeper, heading, tipList } from './templates.js';
import { warn } from './warn.js';

const AUDIENCES = ['all', 'families', 'professionals'] as const;
const LAYOUTS = ['list', 'accordion', 'cards', 'compact'] as const;
export type AudienceChoice = (typeof AUDIENCES)[number];
type Group = { audience: Audience; sections: Section[] };

/** detail of `partnership-toggle`. */
export interface PartnershipToggleDetail {
  /** The section id, or `all` for the tip of the day's "Show all tips" button. */
  section: string;
  /** `section` for an accordion section, `more` for a section's "Show N more tips", `all` for "Show all tips". */
  control: 'section' | 'more' | 'all';
  /** Whether the section, or its held-back tips, or all tips, are now shown. */
  open: boolean;
}

/** The day number of a calendar day in the reader's own time zone: the same for everyone that day. */
export const dayNumber = (date: Date) =>
  Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);

/** Where the tip of the day reads the date: a test may replace `today` (this module is not public API). */
export const clock = { today: () => new Date() };

/**
 * The elements that show tips: audience and section filters, layouts (list, accordion, cards,
 * compact), a limit per section with a "Show N more tips" button for each, and a tip of the day.
 *
 * @attr [audience='all']
 * @attr [layout='list']
 */
export abstract class TipsElement extends PartnershipElement {
  static override properties: PropertyDeclarations = {
    audience: { type: String, reflect: true },
    sections: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    open: { type: Boolean, reflect: true },
    limit: { type: String, reflect: true },
    tipOfTheDay: { type: Boolean, attribute: 'tip-of-the-day', reflect: true },
    // Internal state (`state` implies no attribute; the manifest's analyzer reads only `attribute: false`).
    _openSections: { state: true, attribute: false },
    _moreShown: { state: true, attribute: false },
    _showAll: { state: true, attribute: false },
  };

  /** Whose tips to show: `all` (default), `families` or `professionals`. */
  declare audience: 'all' | 'families' | 'professionals';
  /** Section ids to show, separated by commas or spaces; empty shows every section. */
  declare sections: string;
  /**
   * `list` (default), `accordion` (each section a disclosure), `cards` (sections side by side where there
   * is room) or `compact` (for a narrow column: the accordion, in smaller type and spacing).
   */
  declare layout: 'list' | 'accordion' | 'cards' | 'compact';
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

  private _audienceAsked: AudienceChoice = 'all';
  protected _audienceChoice: AudienceChoice = 'all';
  protected _sectionChoice: string[] | null = null;
  protected _layoutChoice: (typeof LAYOUTS)[number] = 'list';
  protected _limitChoice = Infinity;

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
    return this._layoutChoice === 'compact' ? 'compact' : '';
  }

  /** Whether sections are disclosures. */
  protected get _accordion(): boolean {
    return this._layoutChoice === 'accordion' || this._layoutChoice === 'compact';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const content = changed.has('_content');
    if (changed.has('audience')) this._audienceAsked = keyword(this, 'audience', this.audience, AUDIENCES, 'all');
    if (changed.has('sections') || changed.has('audience') || content) {
      // Asked for again with each content: a file without the audience may have set 'all' for its own.
      this._audienceChoice = this._audienceAsked;
      this._sectionChoice = idList(this, 'sections', this.sections, sectionIds(this._content));
      this._checkSectionsInAudience();
    }
    if (changed.has('layout')) this._layoutChoice = keyword(this, 'layout', this.layout, LAYOUTS, 'list');
    const ids = sectionIds(this._content);
    if (changed.has('layout') || changed.has('open')) this._openSections = new Set(this.open ? ids : []);
    // New content (a language, the editor's file) keeps open the sections the reader opened that it still has.
    else if (content) this._openSections = new Set(ids.filter((id) => this._openSections.has(id)));
    if (changed.has('limit')) {
      this._limitChoice = this.limit == null ? Infinity : integer(this, 'limit', this.limit, 1, 1000, Infinity);
      // A new limit holds tips back again.
      this._moreShown = new Set();
    }
  }

  /**
   * Filters that leave nothing would blank the panel: sections all outside the chosen audience show the
   * audience whole, and an audience the content (an editor's file) does not have shows everyone's tips.
   */
  private _checkSectionsInAudience(): void {
    if (this._shown().length) return;
    const audience = this._audienceChoice;
    this._sectionChoice = null;
    if (!this._shown().length) this._audienceChoice = 'all';
    const showing = this._shown().flatMap((g) => g.sections.map((s) => s.id));
    warn(
      this,
      `audience="${audience}" and sections=${quote(text(this.sections))} leave nothing to show; showing ${showing.join(', ')}.`,
    );
  }

  /** The audiences and sections the filters let through. */
  protected _shown(): Group[] {
    return this._content.audiences
      .filter((a) => this._audienceChoice === 'all' || a.id === this._audienceChoice)
      .map((audience) => ({
        audience,
        sections: audience.sections.filter((s) => !this._sectionChoice || this._sectionChoice.includes(s.id)),
      }))
      .filter((a) => a.sections.length);
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
      .querySelector<HTMLElement>(`#${this._focusTip}_tips > :nth-child(${this._limitChoice + 1})`)
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
  protected _renderTips(level: number): TemplateResult {
    const groups = this._shown();
    const all = html`<div id="all-tips" class="tips-area layout-${this._layoutChoice}" ?hidden=${this.tipOfTheDay && !this._showAll}>
      ${groups.map((g) => this._renderAudience(g, level))}
    </div>`;
    if (!this.tipOfTheDay) return all;
    const { showAll, showFewer } = this._content.labels;
    return html`${this._renderTipOfTheDay(groups, level)}<button
        class="show-all"
        part="button"
        type="button"
        aria-controls="all-tips"
        aria-expanded=${this._showAll ? 'true' : 'false'}
        @click=${this._toggleAll}
      >
        ${this._showAll ? showFewer : showAll}</button
      >${all}`;
  }

  /** One tip, with whose tip it is ("Professionals could:"): alone, it would read as a promise or an order. */
  private _renderTipOfTheDay(groups: Group[], level: number): TemplateResult {
    const tips = groups.flatMap((g) =>
      g.sections.flatMap((s) => s.tips.map((tip) => ({ tip, lead: g.audience.lead }))),
    );
    const today = tips[dayNumber(clock.today()) % tips.length];
    return html`<div class="tip-of-the-day" part="tip-of-the-day">
      ${heading(level, this._content.labels.tipOfTheDay, 'today', 'today-heading')}
      ${today.lead ? html`<p class="today-lead" part="today-lead">${today.lead}</p>` : nothing}
      <p class="today-tip" part="today-tip">${today.tip}</p>
    </div>`;
  }

  private _renderAudience({ audience, sections }: Group, level: number): TemplateResult {
    // An audience with one section already says what the section is: one heading, not two, which
    // counts the section's tips. In the accordion that one is the section's disclosure, and in cards
    // the card's heading, at the audience's level.
    const single = audience.sections.length === 1;
    const boxed = this._accordion || this._layoutChoice === 'cards';
    const sectionLevel = !single ? deeper(level) : boxed ? level : null;
    return html`<section class="audience ${audience.id}" part="audience">
      ${
        single && boxed
          ? nothing
          : heading(
              level,
              single ? this._counted(audience.heading, sections[0]) : audience.heading,
              'audience',
              `${audience.id}-heading`,
            )
      }
      <div class="sections">
        ${sections.map((s) => this._renderSection(s, sectionLevel, `${single && !boxed ? audience.id : s.id}-heading`))}
      </div>
    </section>`;
  }

  /** A heading's text with how many tips the section holds: "Build Trust", then "10 tips". */
  private _counted(text: string, s: Section): TemplateResult {
    return html`<span class="label">${text}</span> <span class="count" part="count">${plural(this._content, 'tipCount', s.tips.length)}</span>`;
  }

  /** A section, under a heading at `level` (none when null); `named` is the id of the heading that names it. */
  private _renderSection(s: Section, level: number | null, named: string): TemplateResult {
    const open = !this._accordion || this._openSections.has(s.id);
    const title = this._accordion
      ? html`<button
          class="disclosure"
          part="button"
          type="button"
          aria-controls="${s.id}-body"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${this._onDisclosure}
        >
          <span>${this._counted(s.heading, s)}</span>
        </button>`
      : this._counted(s.heading, s);
    return html`<section id=${s.id} class="section" part="section">
      ${level === null ? nothing : heading(level, title, 'section', `${s.id}-heading`)}
      <div class="section-body" id="${s.id}-body" ?hidden=${!open}>
        ${s.introduction ? html`<p class="lead" part="section-introduction">${s.introduction}</p>` : nothing}
        ${this._renderTipList(s, named)}
      </div>
    </section>`;
  }

  /**
   * A section's tips; past `limit`, held back behind the section's own "Show N more tips", which the
   * section's heading describes (several sections may each say "Show 8 more tips").
   */
  private _renderTipList(s: Section, named: string): TemplateResult {
    const held = s.tips.length - this._limitChoice;
    const more = this._moreShown.has(s.id);
    const shown = held > 0 && !more ? this._limitChoice : Infinity;
    // `_` is not in a section id (a-z, 0-9 and -): no section's id can be another's list's.
    return html`${tipList(s.tips, `${s.id}_tips`, shown, this._limitChoice)}${
      held > 0
        ? html`<button
          class="more"
          part="button more"
          type="button"
          aria-controls="${s.id}_tips"
          aria-describedby=${named}
          aria-expanded=${more ? 'true' : 'false'}
          @click=${this._onMore}
        >
          ${more ? this._content.labels.showFewer : plural(this._content, 'showMore', held)}
        </button>`
        : nothing
    }`;
  }
}
