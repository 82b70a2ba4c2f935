import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { idList, integer, keyword, quote, text } from './attributes.js';
import { sectionIds, type Audience, type Section } from './content.js';
import { PartnershipElement } from './partnership-element.js';
import { deeper, heading, tipList } from './templates.js';
import { warn } from './warn.js';

const AUDIENCES = ['all', 'families', 'professionals'] as const;
const LAYOUTS = ['list', 'accordion', 'cards'] as const;
export type AudienceChoice = (typeof AUDIENCES)[number];
type Group = { audience: Audience; sections: Section[] };

/** detail of `partnership-toggle`. */
export interface PartnershipToggleDetail {
  /** The section id, or `all` for the "Show all tips" button. */
  section: string;
  open: boolean;
}

/** The day number of a calendar day in the reader's own time zone: the same for everyone that day. */
export const dayNumber = (date: Date) =>
  Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);

/** Where the tip of the day reads the date: a test may replace `today` (this module is not public API). */
export const clock = { today: () => new Date() };

/**
 * The elements that show tips: audience and section filters, layouts (list, accordion, cards),
 * a limit per section and a tip of the day.
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
    _showAll: { state: true, attribute: false },
  };

  /** Whose tips to show: `all` (default), `families` or `professionals`. */
  declare audience: 'all' | 'families' | 'professionals';
  /** Section ids to show, separated by commas or spaces; empty shows every section. */
  declare sections: string;
  /** `list` (default), `accordion` (each section a disclosure) or `cards` (sections side by side where there is room). */
  declare layout: 'list' | 'accordion' | 'cards';
  /** With `layout="accordion"`: every section starts open. */
  declare open: boolean;
  /** At most this many tips per section (a whole number from 1). */
  declare limit: string;
  /** Show one tip, the same for everyone on a given day, with a button to show all. */
  declare tipOfTheDay: boolean;
  /** Accordion sections the reader has open. @internal */
  declare protected _openSections: ReadonlySet<string>;
  /** Whether the reader asked for every tip ("Show all tips"). @internal */
  declare protected _showAll: boolean;

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
    this._showAll = false;
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
    if (changed.has('limit'))
      this._limitChoice = this.limit == null ? Infinity : integer(this, 'limit', this.limit, 1, 1000, Infinity);
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
    this._toggleSection((event.currentTarget as Element).closest('section')!.id);
  }

  private _toggleSection(id: string): void {
    const next = new Set(this._openSections);
    const open = !next.has(id);
    if (open) next.add(id);
    else next.delete(id);
    this._openSections = next;
    this._toggled(id, open);
  }

  private _toggleAll(): void {
    this._showAll = !this._showAll;
    this._toggled('all', this._showAll);
  }

  private _toggled(section: string, open: boolean): void {
    const detail: PartnershipToggleDetail = { section, open };
    /** @type {CustomEvent<PartnershipToggleDetail>} */
    this.dispatchEvent(
      new CustomEvent<PartnershipToggleDetail>('partnership-toggle', { detail, bubbles: true, composed: true }),
    );
  }

  /** The tips: the tip of the day, or every shown section in the chosen layout, with the "Show all tips" button when some are held back. */
  protected _renderTips(level: number): TemplateResult {
    const groups = this._shown();
    const limited = groups.some((g) => g.sections.some((s) => s.tips.length > this._limitChoice));
    const collapsed = !this._showAll && (this.tipOfTheDay || limited);
    const toggle = html`<button
      class="show-all"
      part="button"
      type="button"
      aria-controls="all-tips"
      aria-expanded=${collapsed ? 'false' : 'true'}
      @click=${this._toggleAll}
    >${this._content.labels.showAll}</button>`;
    const all = html`<div id="all-tips" class="tips-area layout-${this._layoutChoice}" ?hidden=${this.tipOfTheDay && collapsed}>
      ${groups.map((g) => this._renderAudience(g, level, collapsed ? this._limitChoice : Infinity))}
    </div>`;
    if (this.tipOfTheDay) return html`${this._renderTipOfTheDay(groups, level)}${toggle}${all}`;
    return limited ? html`${all}${toggle}` : all;
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

  private _renderAudience({ audience, sections }: Group, level: number, shown: number): TemplateResult {
    const accordion = this._layoutChoice === 'accordion';
    // An audience with one section already says what the section is: one heading, not two. In the
    // accordion that one is the section's disclosure, at the audience's level.
    const single = audience.sections.length === 1;
    const sectionLevel = !single ? deeper(level) : accordion ? level : null;
    return html`<section class="audience ${audience.id}" part="audience">
      ${single && accordion ? nothing : heading(level, audience.heading, 'audience', `${audience.id}-heading`)}
      <div class="sections">${sections.map((s) => this._renderSection(s, sectionLevel, shown))}</div>
    </section>`;
  }

  /** A section, under a heading at `level` (none when null). */
  private _renderSection(s: Section, level: number | null, shown: number): TemplateResult {
    const accordion = this._layoutChoice === 'accordion';
    const open = !accordion || this._openSections.has(s.id);
    const title = accordion
      ? html`<button
          class="disclosure"
          part="button"
          type="button"
          aria-controls="${s.id}-body"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${this._onDisclosure}
        >${s.heading}</button>`
      : s.heading;
    return html`<section id=${s.id} class="section" part="section">
      ${level === null ? nothing : heading(level, title, 'section', `${s.id}-heading`)}
      <div class="section-body" id="${s.id}-body" ?hidden=${!open}>
        ${s.introduction ? html`<p class="lead" part="section-introduction">${s.introduction}</p>` : nothing}
        ${tipList(s.tips, shown)}
      </div>
    </section>`;
  }
}
