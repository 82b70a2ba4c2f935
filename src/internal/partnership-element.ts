import { LitElement, type PropertyValues } from 'lit';
import { bundled, contentFor, DEFAULT_LANG, sectionIds, type Content } from './content.js';
import { idList, integer, keyword } from './attributes.js';
import { styles } from './styles.js';
import { VERSION } from './version.js';
import { warn } from './warn.js';
import type { AudienceChoice } from './render.js';

const AUDIENCES = ['all', 'families', 'professionals'] as const;

/**
 * What every partnership element shares: the language, the editor's heading and its level, and the
 * audience and section filters. Attribute values are kept as the editor wrote them; the parsed values
 * below are what the templates use.
 */
export class PartnershipElement extends LitElement {
  /** The package version, read by the guarded define when the script is included twice. */
  static readonly version = VERSION;

  static override styles = styles;

  static override properties = {
    audience: { reflect: true },
    sections: { reflect: true },
    heading: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    lang: { reflect: true },
  };

  /** Whose tips to show: `all`, `families` or `professionals`. */
  declare audience: string;
  /** Section ids to show, separated by commas or spaces; empty shows every section. */
  declare sections: string | null;
  /** The editor's own heading text; empty uses the content's. */
  declare heading: string | null;
  /** The level (1-6) of the top heading; inner headings are one level deeper, never past 6. */
  declare headingLevel: string | number;

  /** The content in use, for the resolved language. */
  protected content: Content = bundled[DEFAULT_LANG];
  protected level = 2;
  protected audienceChoice: AudienceChoice = 'all';
  protected sectionChoice: string[] | null = null;

  constructor() {
    super();
    this.audience = 'all';
    this.sections = null;
    this.heading = null;
    this.headingLevel = 2;
  }

  /** The language that applies: the element's own lang, else the nearest ancestor's, else the page's. */
  protected resolvedLang(): string {
    return (this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || DEFAULT_LANG).trim();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.resolvedLang();
    const content = contentFor(lang) ?? bundled[DEFAULT_LANG];
    if (content !== this.content || !this.hasUpdated) {
      if (!contentFor(lang)) {
        warn(this, `no content for language "${lang}"; showing ${content.lang}. Shipped: ${Object.keys(bundled).join(', ')}.`);
      }
      this.content = content;
    }
    if (changed.has('headingLevel')) {
      this.level = integer(this, 'heading-level', this.headingLevel, 1, 6, 2);
    }
    if (changed.has('audience')) {
      this.audienceChoice = keyword(this, 'audience', this.audience, AUDIENCES, 'all');
    }
    if (changed.has('sections') || changed.has('audience')) {
      this.sectionChoice = idList(this, 'sections', this.sections, sectionIds(this.content));
      this.checkSectionsInAudience();
    }
  }

  /** Sections that all lie outside the chosen audience would blank the panel: show the audience whole. */
  private checkSectionsInAudience(): void {
    const chosen = this.sectionChoice;
    if (!chosen || this.audienceChoice === 'all') return;
    const inAudience = this.content.audiences
      .filter((a) => a.id === this.audienceChoice)
      .flatMap((a) => a.sections.map((s) => s.id));
    if (!chosen.some((id) => inAudience.includes(id))) {
      warn(
        this,
        `sections=${JSON.stringify(this.sections)} has no section for audience "${this.audienceChoice}" ` +
          `(its sections: ${inAudience.join(', ')}); showing them all.`,
      );
      this.sectionChoice = null;
    }
  }

  /** The editor's heading, or the given default when it is missing or blank. */
  protected headingText(fallback: string): string {
    return this.heading?.trim() || fallback;
  }
}
