import { html, isServer, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { addOnScript } from './add-ons.js';
import { addOnLanguages, contentFor, english, languageKey, languagesNow, type Content } from './content.js';
import { integer, keyword, quote, text } from './attributes.js';
import { checkContent } from './check-content.js';
import { ColorSchemeController } from './color-scheme.js';
import { contrast, toRgb, type Rgb } from './color.js';
import { EditorFile } from './editor-file.js';
import { LanguageController } from './language.js';
import { styles } from './styles.js';
import { VERSION } from './version.js';
import { warn } from './warn.js';

const THEMES = ['light', 'dark', 'auto'] as const;
const VARIANTS = ['card', 'plain'] as const;
const PALETTE = ['--_accent', '--_on-accent', '--_link', '--_mark'] as const;
type Palette = Partial<Record<(typeof PALETTE)[number], string>>;
const WHITE: Rgb = [255, 255, 255];
/** The card backgrounds of the light and dark themes, for checking an accent against them. */
const BACKGROUNDS: Record<'light' | 'dark', Rgb> = { light: WHITE, dark: [20, 26, 33] };

/** Runs `then` once the page has loaded (at once if it has). */
const whenLoaded = (then: () => void) =>
  document.readyState === 'complete' ? then() : addEventListener('load', then, { once: true });

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
 * @attr [heading-level='2']
 * @attr [theme='light']
 * @attr [variant='card']
 * @attr {string} lang - A language tag: `en`, `es` (`es-MX` and the like use `es`), or `ar`, `fr`, `ne`, `sw`, `vi`, `zh` with their add-on scripts; else the nearest ancestor's `lang`, else the page's, else `en`.
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
export abstract class PartnershipElement extends LitElement {
  /** The package version, read by the guarded define when the script is included twice. */
  static readonly version = VERSION;

  static override styles = styles;

  static override properties: PropertyDeclarations = {
    heading: { type: String, reflect: true },
    headingLevel: { type: String, attribute: 'heading-level', reflect: true },
    src: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    accent: { type: String, reflect: true },
    // Internal state (`state` implies no attribute; the manifest's analyzer reads only `attribute: false`).
    _content: { state: true, attribute: false },
  };

  /**
   * `lang` keeps its native property. Its attribute is observed too, though the language controller
   * sees every `lang` change in the page, so that a change re-renders in the same update cycle (an
   * `await el.updateComplete` after it sees the new language), and so that `data-lang` can be mounted.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The editor's own heading text; empty uses the content's. */
  declare heading: string;
  /** The level (1-6) of the top heading; inner headings are one level deeper, never past 6. */
  declare headingLevel: string;
  /** URL of the editor's content file, in the schema of content/<lang>.json. */
  declare src: string;
  /** `light` (default), `dark`, or `auto` (follows the reader's colour-scheme setting). */
  declare theme: 'light' | 'dark' | 'auto';
  /**
   * `card` (default): a bordered card with a coloured header band. `plain`: no border, background or band;
   * the page's text colour and font, for content that should look like the page's own.
   */
  declare variant: 'card' | 'plain';
  /** The editor's brand colour, any CSS colour; text on it stays readable. */
  declare accent: string;

  /** The content in use, for the resolved language; a change of it is in `changed` as `_content`. @internal */
  declare protected _content: Content;
  protected _level = 2;
  protected _themeChoice: (typeof THEMES)[number] = 'light';
  protected _variantChoice: (typeof VARIANTS)[number] = 'card';

  private readonly _language = new LanguageController(this);
  private readonly _file = new EditorFile(this);
  private readonly _scheme = new ColorSchemeController(this);
  /** The language, its content and the editor's file that `_content` was made from. */
  private _contentFrom?: { lang: string; builtIn: Content | undefined; data: unknown };
  private _palette: Palette = {};
  private _paletteFor?: string;
  /** Whether the palette changed in this update, for `updated` to write it. */
  private _paletteChanged = false;

  constructor() {
    super();
    this._content = english;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this._language.resolve()) this.requestUpdate();
  }

  /**
   * Server-rendered content (a declarative shadow root, as @lit-labs/ssr writes it) is replaced by
   * the first render, in the same task, so nothing shows in between. It is re-rendered rather than
   * hydrated because what it shows can depend on the reader's day and on the page's language, which
   * the server did not know.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /**
   * Resolves once the element has rendered what it was asked to show, the editor's `src` file included
   * (or, when the file could not be used, the built-in content after its warning).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // The file came (or failed) after that render; wait for the render it asked for.
    while (this._file.loading) {
      await this._file.loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) this._file.load(text(this.src));
    this._language.resolve();
    this._updateContent();
    if (changed.has('headingLevel')) this._level = integer(this, 'heading-level', this.headingLevel, 1, 6, 2);
    if (changed.has('theme')) this._themeChoice = keyword(this, 'theme', this.theme, THEMES, 'light');
    if (changed.has('variant')) this._variantChoice = keyword(this, 'variant', this.variant, VARIANTS, 'card');
    // Checked again when the reader's scheme changes under theme="auto": the background changed.
    const dark =
      this._themeChoice === 'dark' || (this._themeChoice === 'auto' && !!text(this.accent) && this._scheme.dark());
    const paletteFor = `${text(this.accent).trim()}\n${dark}\n${this._variantChoice}`;
    if (paletteFor !== this._paletteFor && !isServer) {
      this._paletteFor = paletteFor;
      this._palette = this._accentPalette(dark, this._variantChoice === 'plain');
      this._paletteChanged = true;
    }
  }

  /**
   * The content for the language (the bundle's, or an add-on script's once it has run), with the valid
   * parts of the editor's file over it.
   */
  private _updateContent(): void {
    const lang = this._language.value;
    const builtIn = contentFor(lang);
    const data = this._file.data;
    const from = this._contentFrom;
    if (from && from.lang === lang && from.builtIn === builtIn && from.data === data) return;
    this._contentFrom = { lang, builtIn, data };
    if (!builtIn && from?.lang !== lang) this._warnLanguage(lang);
    const base = builtIn ?? english;
    if (data === undefined) {
      this._content = base;
      return;
    }
    const { content, problems } = checkContent(data, base);
    if (problems.length && from?.data !== data)
      warn(
        this,
        `src=${quote(text(this.src))}: kept the valid parts, used the built-in content for the rest: ${problems.join('; ')}.`,
      );
    this._content = content;
  }

  /**
   * Says which script a language needs, or which languages there are. An add-on's script may come later
   * in the page than the element: its warning waits for the page to load, and is said only if the
   * language has still not arrived.
   */
  private _warnLanguage(lang: string): void {
    const key = languageKey(lang);
    if (!key || !addOnLanguages.includes(key)) {
      const all = [...new Set([...languagesNow(), ...addOnLanguages])];
      warn(this, `no content for language ${quote(lang)}; showing English. Languages: ${all.join(', ')}.`);
    } else if (!isServer)
      whenLoaded(() => {
        // Still asked for, and still missing.
        if (this.isConnected && this._language.value === lang && !contentFor(lang))
          warn(
            this,
            `language ${quote(lang)} needs its script, <script src="${addOnScript(key)}"></script>; showing English.`,
          );
      });
  }

  /**
   * Custom properties for the editor's accent: the colour, readable text on it, a readable link colour,
   * and a colour for marks (bullets, rules) that stands out from the card (3:1, WCAG's non-text contrast).
   */
  private _accentPalette(dark: boolean, plain: boolean): Palette {
    const accent = text(this.accent).trim();
    if (!accent) return {};
    const rgb = toRgb(accent, this.renderRoot as ShadowRoot);
    if (!rgb) {
      warn(this, `accent=${quote(accent)} is not a CSS colour; using the theme's accent.`);
      return {};
    }
    const background = BACKGROUNDS[dark ? 'dark' : 'light'];
    // White text where it passes AA (4.5:1); where it does not, black passes (it always reaches 4.58:1).
    const white = contrast(rgb, WHITE) >= 4.5;
    const asLink = contrast(rgb, background);
    const problems: string[] = [];
    if (!white)
      problems.push(
        `white text on it is ${contrast(rgb, WHITE).toFixed(1)}:1, under WCAG AA's 4.5:1, so its text is black`,
      );
    // A plain panel's background is the page's, which the panel cannot know: its links and marks take the
    // page's text colour (styles.ts), and the accent only fills the call buttons.
    if (asLink < 4.5 && !plain)
      problems.push(
        `on the ${dark ? 'dark' : 'light'} background it is ${asLink.toFixed(1)}:1, so links use the text colour`,
      );
    if (problems.length) warn(this, `accent=${quote(accent)}: ${problems.join('; ')}.`);
    const onAccent = { '--_accent': accent, '--_on-accent': white ? '#fff' : '#000' };
    if (plain) return onAccent;
    return {
      ...onAccent,
      '--_link': asLink >= 4.5 ? accent : 'var(--_text)',
      '--_mark': asLink >= 3 ? accent : 'var(--_text)',
    };
  }

  /**
   * The accent's custom properties go on the card through the CSSOM, which a strict CSP allows (Lit's
   * styleMap writes a `style` attribute on its first render, which such a policy blocks), and only when
   * they changed. The server leaves them to the browser.
   */
  protected override updated(): void {
    if (!this._paletteChanged) return;
    this._paletteChanged = false;
    const { style } = this.renderRoot.querySelector<HTMLElement>('[part~="panel"]')!;
    for (const name of PALETTE) {
      const value = this._palette[name];
      if (value) style.setProperty(name, value);
      else style.removeProperty(name);
    }
  }

  /** The editor's heading, or the given default when it is missing or blank. */
  protected _headingText(fallback: string): string {
    return text(this.heading).trim() || fallback;
  }

  /** A link in the card was used: the `partnership-link` event says which. */
  private _onClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a');
    if (!link) return;
    const kind = link.protocol === 'tel:' ? 'phone' : link.protocol === 'mailto:' ? 'email' : 'web';
    const detail: PartnershipLinkDetail = {
      href: link.href,
      kind,
      label: link.getAttribute('aria-label') ?? link.textContent!.trim(),
    };
    /** @type {CustomEvent<PartnershipLinkDetail>} */
    this.dispatchEvent(
      new CustomEvent<PartnershipLinkDetail>('partnership-link', { detail, bubbles: true, composed: true }),
    );
  }

  /** The card every element renders into, with its language and theme, around `body`. */
  protected _frame(body: unknown, extraClass = ''): TemplateResult {
    const c = this._content;
    // The listener only watches for links being used (Enter on a link clicks it too): the links are
    // the interactive elements themselves, so it needs no key handler of its own.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
      class="panel theme-${this._themeChoice} variant-${this._variantChoice} ${extraClass}"
      part="panel"
      lang=${c.lang}
      dir=${c.dir === 'rtl' ? 'rtl' : 'ltr'}
      @click=${this._onClick}
    >
      ${body}
    </div>`;
  }
}
