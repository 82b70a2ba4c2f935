import { html, type TemplateResult } from 'lit/html.js';
import { Base } from './base.js';
import { bundled, contentFor, DEFAULT_LANG, type Content } from './content.js';
import { integer, keyword, quote } from './attributes.js';
import { checkContent } from './check-content.js';
import { contrast, toRgb, type Rgb } from './color.js';
import { fetchJson } from './load.js';
import { markup, type Html } from './render.js';
import { styles } from './styles.js';
import { fetchableUrl } from './urls.js';
import { VERSION } from './version.js';
import { warn } from './warn.js';

const THEMES = ['light', 'dark', 'auto'] as const;
type Palette = Partial<Record<'--_accent' | '--_on-accent' | '--_link', string>>;
const WHITE: Rgb = [255, 255, 255];
/** The card backgrounds of the light and dark themes, for checking an accent against them. */
const BACKGROUNDS: Record<'light' | 'dark', Rgb> = { light: WHITE, dark: [20, 26, 33] };

/** detail of `partnership-link`. */
export interface PartnershipLinkDetail {
  href: string;
  kind: 'phone' | 'email' | 'web';
  /** The link's accessible name, e.g. "Call CADRE, 541-359-4210". */
  label: string;
}

/**
 * What every partnership element shares: language and content (built in, or the editor's `src`
 * file), the editor's heading and its level, theme and accent, and the `partnership-link` event.
 * Attribute values are kept as the editor wrote them; the parsed values are what the templates use.
 *
 * Its attributes are read from `static properties` by scripts/cem-plugin.mjs; `lang` is native.
 * @attr {string} lang - A language tag: `en`, `es` (`es-MX` and the like use `es`); else the nearest ancestor's `lang`, else the page's, else `en`.
 *
 * @csspart panel - The card around everything.
 *
 * @cssproperty [--partnership-font-size=medium] - Base size; everything is sized in `em` from it. Default: the reader's own default size.
 * @cssproperty [--partnership-text=#1b2430] - Text colour (dark theme: #e7ecf2).
 * @cssproperty [--partnership-muted=#3d4856] - Footer and source line colour (dark theme: #b9c3ce).
 * @cssproperty [--partnership-background=#fff] - Card background (dark theme: #141a21).
 * @cssproperty [--partnership-accent=#0b5cad] - Header band, rules, bullets, links (dark theme: #8cc4ff).
 * @cssproperty [--partnership-on-accent=#fff] - Text on the header band (dark theme: #0b1520).
 * @cssproperty --partnership-link - Link colour. Default: the accent.
 * @cssproperty --partnership-focus - Focus ring colour. Default: the link colour.
 * @cssproperty --partnership-heading - Colour of the headings below the header band. Default: the text colour.
 * @cssproperty [--partnership-border=#c9d1db] - Border and divider colour (dark theme: #3b4756).
 * @cssproperty [--partnership-radius=0.75em] - Card corner radius.
 * @cssproperty [--partnership-spacing=1.25em] - Padding inside the card.
 */
export abstract class PartnershipElement extends Base {
  /** The package version, read by the guarded define when the script is included twice. */
  static readonly version = VERSION;

  static override styles = styles;

  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    src: {},
    theme: {},
    accent: {},
    editorData: { state: true },
    palette: { state: true },
  };

  /** `lang` and `dir` keep their native properties; a change of either re-renders. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  /** The editor's own heading text; empty uses the content's. */
  declare heading: string | null;
  /** The level (1-6) of the top heading; inner headings are one level deeper, never past 6. */
  declare headingLevel: string | null;
  /** URL of the editor's content file, in the schema of content/<lang>.json. */
  declare src: string | null;
  /** `light` (default), `dark`, or `auto` (follows the reader's colour-scheme setting). */
  declare theme: string | null;
  /** The editor's brand colour, any CSS colour; text on it stays readable. */
  declare accent: string | null;
  declare protected editorData: unknown;

  /** The content in use, for the resolved language. */
  protected _content: Content = bundled[DEFAULT_LANG];
  protected _level = 2;
  protected _themeChoice: (typeof THEMES)[number] = 'light';
  declare protected palette: Palette;
  private _contentKey = '';
  /** Whether the card carries an accent's custom properties. */
  private _accented = false;

  constructor() {
    super();
    this.palette = {};
  }

  /** The language that applies: the element's own lang, else the nearest ancestor's, else the page's. */
  protected _resolvedLang(): string {
    return (this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || DEFAULT_LANG).trim();
  }

  protected override willUpdate(changed: ReadonlySet<string>): void {
    this._focused = this.shadowRoot!.activeElement;
    if (changed.has('src')) this._loadSrc();
    const lang = this._resolvedLang();
    const key = `${lang}\n${this.src}`;
    if (key !== this._contentKey || changed.has('editorData')) {
      const langChanged = !this._contentKey.startsWith(`${lang}\n`);
      this._contentKey = key;
      const builtIn = contentFor(lang);
      if (!builtIn && langChanged)
        warn(
          this,
          `no content for language ${quote(lang)}; showing English. Shipped: ${Object.keys(bundled).join(', ')}.`,
        );
      const base = builtIn ?? bundled[DEFAULT_LANG];
      if (this.editorData === undefined) this._content = base;
      else {
        const { content, problems } = checkContent(this.editorData, base);
        if (problems.length && changed.has('editorData'))
          warn(
            this,
            `src=${quote(this.src ?? '')}: kept the valid parts, used the built-in content for the rest: ${problems.join('; ')}.`,
          );
        this._content = content;
      }
      (changed as Set<string>).add('content');
    }
    if (changed.has('headingLevel')) this._level = integer(this, 'heading-level', this.headingLevel, 1, 6, 2);
    if (changed.has('theme')) this._themeChoice = keyword(this, 'theme', this.theme, THEMES, 'light');
    if (changed.has('accent') || changed.has('theme')) this.palette = this._accentPalette();
  }

  private async _loadSrc(): Promise<void> {
    const src = this.src?.trim();
    this.editorData = undefined;
    if (!src) return;
    const url = fetchableUrl(src);
    if (!url) {
      warn(this, `src=${quote(src)} is not an http(s) address; showing the built-in content.`);
      return;
    }
    try {
      const data = await fetchJson(url);
      if (this.src?.trim() === src) this.editorData = data;
    } catch (error) {
      if (this.src?.trim() === src)
        warn(this, `src=${quote(src)}: ${(error as Error).message}; showing the built-in content.`);
    }
  }

  /** Custom properties for the editor's accent: the colour, readable text on it, and a readable link colour. */
  private _accentPalette(): Palette {
    const accent = this.accent?.trim();
    if (!accent) return {};
    const rgb = toRgb(accent, this.shadowRoot!);
    if (!rgb) {
      warn(this, `accent=${quote(accent)} is not a CSS colour; using the theme's accent.`);
      return {};
    }
    const dark =
      this._themeChoice === 'dark' ||
      (this._themeChoice === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
    const background = BACKGROUNDS[dark ? 'dark' : 'light'];
    // White text where it passes AA (4.5:1); where it does not, black passes (it always reaches 4.58:1).
    const white = contrast(rgb, WHITE) >= 4.5;
    const palette: Palette = { '--_accent': accent, '--_on-accent': white ? '#fff' : '#000' };
    const asLink = contrast(rgb, background);
    const problems: string[] = [];
    if (!white)
      problems.push(
        `white text on it is ${contrast(rgb, WHITE).toFixed(1)}:1, under WCAG AA's 4.5:1, so its text is black`,
      );
    palette['--_link'] = asLink >= 4.5 ? accent : 'var(--_text)';
    if (asLink < 4.5)
      problems.push(
        `on the ${dark ? 'dark' : 'light'} background it is ${asLink.toFixed(1)}:1, so links use the text colour`,
      );
    if (problems.length) warn(this, `accent=${quote(accent)}: ${problems.join('; ')}.`);
    return palette;
  }

  /** The accent's custom properties go on the card (through the CSSOM, which a strict CSP allows). */
  protected override updated(changed: ReadonlySet<string>): void {
    this._keepFocus();
    if (!changed.has('palette')) return;
    // No accent, and none before: nothing to set or take off (the first render of most elements).
    const accented = Object.keys(this.palette).length > 0;
    if (!accented && !this._accented) return;
    this._accented = accented;
    const style = (this.shadowRoot!.querySelector('.panel') as HTMLElement).style;
    for (const name of ['--_accent', '--_on-accent', '--_link'] as const) {
      const value = this.palette[name];
      if (value) style.setProperty(name, value);
      else style.removeProperty(name);
    }
  }

  /** What had the focus in the card before this render, if anything. */
  private _focused: Element | null = null;

  /**
   * A render whose markup changed (another heading, a resource added, the editor's file arrived)
   * replaces the card's content: what had the focus gets it back, found again in the new content as the
   * same kind of control, in the same place, to the same address.
   */
  private _keepFocus(): void {
    const was = this._focused;
    this._focused = null;
    if (!was || was.isConnected) return;
    const same = (el: Element) =>
      el.className === was.className &&
      el.getAttribute('href') === was.getAttribute('href') &&
      el.closest('[id]')?.id === was.closest('[id]')?.id;
    ([...this.shadowRoot!.querySelectorAll(was.localName)].find(same) as HTMLElement | undefined)?.focus();
  }

  /** The editor's heading, or the given default when it is missing or blank. */
  protected _headingText(fallback: string): string {
    return this.heading?.trim() || fallback;
  }

  /** Sends a bubbling, composed event from the host. */
  protected _emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** Clicks inside the card: a link used (the `partnership-link` event), or a button of the subclass's. */
  private _onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const button = target.closest?.('button');
    if (button) this._onButton(button);
    const link = target.closest?.('a');
    if (!link) return;
    const kind = link.protocol === 'tel:' ? 'phone' : link.protocol === 'mailto:' ? 'email' : 'web';
    this._emit<PartnershipLinkDetail>('partnership-link', {
      href: link.href,
      kind,
      label: link.getAttribute('aria-label') ?? link.textContent!.trim(),
    });
  }

  /** A button in the card was used. */
  protected _onButton(_button: HTMLButtonElement): void {}

  /** The markup last rendered, and its template: the same markup again keeps the same DOM. */
  private _body?: Html;
  private _bodyTemplate?: TemplateResult;

  /** The card every element renders into, with its language, theme and palette, around `body`. */
  protected _frame(body: Html, extraClass = ''): TemplateResult {
    if (body.text !== this._body?.text) this._bodyTemplate = markup((this._body = body));
    const c = this._content;
    // The click listener only watches for links and buttons being used (Enter on either clicks it too):
    // they are the interactive elements themselves, so it needs no key handler of its own.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
      class="panel theme-${this._themeChoice} ${c.dir === 'rtl' ? 'rtl' : ''} ${extraClass}"
      part="panel"
      lang=${c.lang}
      @click=${this._onClick}
    >
      ${this._bodyTemplate}
    </div>`;
  }
}
