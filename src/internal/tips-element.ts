import { idList, integer, keyword, quote } from './attributes.js';
import { sectionIds, type Audience, type Section } from './content.js';
import { PartnershipElement } from './partnership-element.js';
import { deeper, h, heading, none, tipList, type Html } from './render.js';
import { warn } from './warn.js';

const AUDIENCES = ['all', 'families', 'professionals'] as const;
const LAYOUTS = ['list', 'accordion', 'cards'] as const;
export type AudienceChoice = (typeof AUDIENCES)[number];

/** detail of `partnership-toggle`. */
export interface PartnershipToggleDetail {
  /** The section id, or `all` for the "Show all tips" button. */
  section: string;
  open: boolean;
}

/** The day number of a calendar day in the reader's own time zone: the same for everyone that day. */
export const dayNumber = (date: Date) =>
  Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);

/**
 * The elements that show tips: audience and section filters, layouts (list, accordion, cards),
 * a limit per section and a tip of the day.
 */
export abstract class TipsElement extends PartnershipElement {
  /** Today's date; a test may replace it. */
  static today = () => new Date();

  static override properties = {
    ...PartnershipElement.properties,
    audience: {},
    sections: {},
    layout: {},
    open: { boolean: true },
    limit: {},
    tipOfTheDay: { attribute: 'tip-of-the-day', boolean: true },
    openSections: { state: true },
    showAll: { state: true },
  };

  /** Whose tips to show: `all` (default), `families` or `professionals`. */
  declare audience: string | null;
  /** Section ids to show, separated by commas or spaces; empty shows every section. */
  declare sections: string | null;
  /** `list` (default), `accordion` (each section a disclosure) or `cards` (sections side by side where there is room). */
  declare layout: string | null;
  /** With `layout="accordion"`: every section starts open. */
  declare open: boolean;
  /** At most this many tips per section (a whole number from 1). */
  declare limit: string | null;
  /** Show one tip, the same for everyone on a given day, with a button to show all. */
  declare tipOfTheDay: boolean;
  declare protected openSections: ReadonlySet<string>;
  declare protected showAll: boolean;

  private _audienceAsked: AudienceChoice = 'all';
  protected _audienceChoice: AudienceChoice = 'all';
  protected _sectionChoice: string[] | null = null;
  protected _layoutChoice: (typeof LAYOUTS)[number] = 'list';
  protected _limitChoice = Infinity;

  constructor() {
    super();
    this.openSections = new Set();
    this.showAll = false;
  }

  protected override willUpdate(changed: ReadonlySet<string>): void {
    super.willUpdate(changed);
    if (changed.has('audience')) this._audienceAsked = keyword(this, 'audience', this.audience, AUDIENCES, 'all');
    if (changed.has('sections') || changed.has('audience') || changed.has('content')) {
      // Asked for again with each content: a file without the audience may have set 'all' for its own.
      this._audienceChoice = this._audienceAsked;
      this._sectionChoice = idList(this, 'sections', this.sections, sectionIds(this._content));
      this._checkSectionsInAudience();
    }
    if (changed.has('layout')) this._layoutChoice = keyword(this, 'layout', this.layout, LAYOUTS, 'list');
    if (changed.has('layout') || changed.has('open') || changed.has('content'))
      this.openSections = new Set(this.open ? sectionIds(this._content) : []);
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
      `audience="${audience}" and sections=${quote(String(this.sections))} leave nothing to show; showing ${showing.join(', ')}.`,
    );
  }

  /** The audiences and sections the filters let through. */
  protected _shown(): { audience: Audience; sections: Section[] }[] {
    return this._content.audiences
      .filter((a) => this._audienceChoice === 'all' || a.id === this._audienceChoice)
      .map((audience) => ({
        audience,
        sections: audience.sections.filter((s) => !this._sectionChoice || this._sectionChoice.includes(s.id)),
      }))
      .filter((a) => a.sections.length);
  }

  private _limited(groups = this._shown()): boolean {
    return groups.some((g) => g.sections.some((s) => s.tips.length > this._limitChoice));
  }

  private _toggleSection(id: string): void {
    const next = new Set(this.openSections);
    const open = !next.has(id);
    if (open) next.add(id);
    else next.delete(id);
    this.openSections = next;
    this._emit<PartnershipToggleDetail>('partnership-toggle', { section: id, open });
  }

  private _toggleAll(): void {
    this.showAll = !this.showAll;
    this._emit<PartnershipToggleDetail>('partnership-toggle', { section: 'all', open: this.showAll });
  }

  protected override _onButton(button: HTMLButtonElement): void {
    if (button.classList.contains('show-all')) this._toggleAll();
    else if (button.classList.contains('disclosure')) this._toggleSection(button.closest('section')!.id);
  }

  /**
   * The tips as markup: the tip of the day, or every shown section in the chosen layout. What the buttons
   * change (which sections are open, whether all tips show) is not in it but set by `updated`, so that
   * using a button keeps the DOM, and the focus on the button.
   */
  protected _renderTips(level: number): Html {
    const groups = this._shown();
    const toggle = h`<button class="show-all" part="button" type="button" aria-controls="all-tips">${this._content.labels.showAll}</button>`;
    const all = h`<div id="all-tips" class="tips-area layout-${this._layoutChoice}">${groups.map((g) =>
      this._renderAudience(g.audience, g.sections, level),
    )}</div>`;
    if (this.tipOfTheDay) return h`${this._renderTipOfTheDay(groups, level)}${toggle}${all}`;
    return this._limited(groups) ? h`${all}${toggle}` : all;
  }

  /** Sets what the buttons change (open sections, the tips hidden until "Show all tips"), before the rest. */
  protected override updated(changed: ReadonlySet<string>): void {
    this._showState();
    super.updated(changed);
  }

  /** Only tips with buttons have any: sections to open (accordion), or more tips to show (a limit, the tip of the day). */
  private _showState(): void {
    const limited = this._limited();
    if (!this.tipOfTheDay && this._layoutChoice !== 'accordion' && !limited) return;
    const root = this.shadowRoot!;
    const collapsed = !this.showAll && (this.tipOfTheDay || limited);
    root.querySelector('.show-all')?.setAttribute('aria-expanded', String(!collapsed));
    if (this.tipOfTheDay) (root.getElementById('all-tips') as HTMLElement).hidden = collapsed;
    for (const list of root.querySelectorAll('.tips'))
      [...list.children].forEach((tip, i) => ((tip as HTMLElement).hidden = collapsed && i >= this._limitChoice));
    if (this._layoutChoice !== 'accordion') return;
    for (const button of root.querySelectorAll('.disclosure')) {
      const section = button.closest('section')!;
      const open = this.openSections.has(section.id);
      button.setAttribute('aria-expanded', String(open));
      (section.querySelector('.section-body') as HTMLElement).hidden = !open;
    }
  }

  private _renderTipOfTheDay(groups: { sections: Section[] }[], level: number): Html {
    const tips = groups.flatMap((g) => g.sections.flatMap((s) => s.tips));
    const today = tips[dayNumber(TipsElement.today()) % tips.length];
    return h`<div class="tip-of-the-day" part="tip-of-the-day">${heading(level, this._content.labels.tipOfTheDay, 'today', 'today-heading')}<p class="today-tip" part="today-tip">${today}</p></div>`;
  }

  private _renderAudience(audience: Audience, sections: Section[], level: number): Html {
    const accordion = this._layoutChoice === 'accordion';
    // An audience with one section already says what the section is: no second heading, unless it is a disclosure.
    const sectionHeadings = accordion || audience.sections.length > 1;
    const body = sections.map((s) => {
      const title = accordion
        ? h`<button class="disclosure" part="button" type="button" aria-controls="${s.id}-body">${s.heading}</button>`
        : s.heading;
      return h`<section id="${s.id}" class="section" part="section">${
        sectionHeadings ? heading(deeper(level), title, 'section', `${s.id}-heading`) : none
      }<div class="section-body" id="${s.id}-body">${
        s.introduction ? h`<p class="lead" part="section-introduction">${s.introduction}</p>` : none
      }${tipList(s.tips)}</div></section>`;
    });
    return h`<section class="audience ${audience.id}" part="audience">${heading(level, audience.heading, 'audience', `${audience.id}-heading`)}<div class="sections">${body}</div></section>`;
  }
}
