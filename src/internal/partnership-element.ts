import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { addOnScript } from './add-ons.js';
import { attributesOf, type ElementName, type ValuesOf } from '../core/attributes.js';
import { addOnLanguages, contentFor, english, languageKey, noContentFor, type Content } from '../core/content.js';
import { checkContent } from '../core/check-content.js';
import { accentPalette, PALETTE, type Palette } from '../core/color.js';
import { configure, quote, text, type Configuration, type Problem } from '../core/configure.js';
import { dayNumber, digest, documentOf, type PanelDocument } from '../core/document.js';
import type { Resource } from '../core/content.js';
import { ColorSchemeController } from './color-scheme.js';
import { toRgb } from './color.js';
import { EditorFile } from './editor-file.js';
import { LanguageController } from './language.js';
import { styles } from './styles.js';
import { VERSION } from './version.js';
import { warn } from './warn.js';

/** Where the tip of the day reads the date: a test may replace `today` (this module is not public API). */
export const clock = { today: () => new Date() };

/**
 * An element's Lit properties, from the attribute data: each attribute it takes, reflected, a boolean
 * for a `boolean` attribute and the editor's text for any other (read by `configure()`). `lang` keeps
 * its native property.
 */
export function propertiesOf(element: ElementName): PropertyDeclarations {
  return Object.fromEntries(
    attributesOf(element)
      .filter((a) => a.name !== 'lang')
      .map((a) => [a.property, { type: a.kind === 'boolean' ? Boolean : String, attribute: a.name, reflect: true }]),
  );
}

/**
 * The `data-prerendered` of a server's card (in `root`) when it shows what the element would (`doc()`):
 * the same version, Lit's hydration support loaded before Lit (it adds `defer-hydration` to the observed
 * attributes), the markers Lit's hydration reads still there (a minifier may strip comments), no
 * `<partnership-resource>` child (a server never has them) and the same document. A function, not a
 * method, so that a build without hydration (__HYDRATION__ false) leaves it out.
 */
function matchingCard(host: HTMLElement, root: ShadowRoot, doc: () => PanelDocument): string | undefined {
  const prerendered = root.querySelector<HTMLElement>('[part~="panel"]')?.dataset.prerendered;
  if (!prerendered?.startsWith(`${VERSION}/`)) return undefined;
  if (!(host.constructor as typeof LitElement).observedAttributes.includes('defer-hydration')) return undefined;
  if (![...root.childNodes].some((n) => n.nodeType === Node.COMMENT_NODE && (n as Comment).data.startsWith('lit-part')))
    return undefined;
  if (host.querySelector(':scope > partnership-resource')) return undefined;
  return prerendered === `${VERSION}/${digest(doc())}` ? prerendered : undefined;
}

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
 * Attribute values are kept as the editor wrote them; `configure()` (src/core/configure.ts) reads them
 * by the attribute data (src/core/attributes.ts), which also gives the manifest its attributes.
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
 * @cssproperty [--partnership-spacing=1.5em] - Padding inside the card.
 * @cssproperty [--partnership-paragraph-spacing=0.75em] - Space after each paragraph and list; a reader's paragraph spacing (WCAG 1.4.12: 2em) set on the element.
 */
export abstract class PartnershipElement extends LitElement {
  /** The package version, read by the guarded define when the script is included twice. */
  static readonly version = VERSION;

  static override styles = styles;

  static override properties: PropertyDeclarations = {
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
  declare theme: ValuesOf<'theme'>;
  /**
   * `card` (default): a bordered card with a coloured header band. `plain`: no border, background or band;
   * the page's text colour and font, for content that should look like the page's own.
   */
  declare variant: ValuesOf<'variant'>;
  /** The editor's brand colour, any CSS colour; text on it stays readable. */
  declare accent: string;
  /** Leave out the contents list ("On this page"). */
  declare noContents: boolean;

  /** Which element this is, in the attribute data. */
  protected abstract readonly _element: ElementName;
  /** The content in use, for the resolved language; a change of it is in `changed` as `_content`. @internal */
  declare protected _content: Content;
  /**
   * The `data-prerendered` of the server's card this element takes over, until its first render (of the
   * document that matched it, which `_config` and `_doc` hold from `createRenderRoot()`) is done.
   */
  private _takeover?: string;
  /** What the attributes ask for, checked (src/core/configure.ts). */
  protected _config!: Configuration;
  /** What the element shows (src/core/document.ts). */
  protected _doc!: PanelDocument;

  private readonly _language = new LanguageController(this);
  private readonly _file = new EditorFile(this);
  private readonly _scheme = new ColorSchemeController(this);
  /** The language, its content and the editor's file that `_content` was made from. */
  private _contentFrom?: { lang: string; builtIn: Content | undefined; data: unknown };
  /** The problems last reported: each is said once, when it first appears. */
  private _problems = new Set<string>();
  private _palette: Palette = {};
  private _paletteFor?: string;
  /** Whether the palette changed in this update, for `updated` to write it. */
  private _paletteChanged = false;

  constructor() {
    super();
    this.noContents = false;
    this._content = english;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this._language.resolve()) this.requestUpdate();
  }

  /**
   * A card a server rendered (a declarative shadow root, as @lit-labs/ssr writes it: `partnership-panel
   * render --format prerendered`) is kept when this element would render the very same document: Lit's
   * hydration support, which the snippet's script has (src/internal/define-hydrating.ts), attaches the
   * element to its nodes rather than making new ones. Otherwise (other attributes, the page's language,
   * another day for the tip of the day, the editor's own resources, another version, or a script without
   * hydration support) the card is rendered again, in the same task, so that nothing shows in between.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (isServer || !root) return super.createRenderRoot();
    // The first render is of the document the server rendered, even if something changes before it (a
    // property set before the element was defined, an attribute set at once); the controls that need the
    // script, and any such change, come with the second.
    this._takeover = __HYDRATION__ ? matchingCard(this, root, () => (this._compose(), this._doc)) : undefined;
    if (this._takeover) return super.createRenderRoot();
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /**
   * Whether the controls that need the script work (the contents' links, "Show all sections"): from the
   * start in the browser; after taking over a server's card, from the second render. @internal
   */
  protected get _live(): boolean {
    return !isServer && !this._takeover;
  }

  protected override firstUpdated(): void {
    if (!this._takeover) return;
    this._takeover = undefined;
    this._tookOver();
    this.requestUpdate();
  }

  /** After taking over a server's card: what the reader did to it before the script ran becomes the element's. */
  protected _tookOver(): void {}

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
    // Taking over a server's card, the first render is of the document createRenderRoot() matched.
    if (!this._takeover) this._report(this._compose());
    const config = this._config;
    // Checked again when the reader's scheme changes under theme="auto": the background changed.
    const dark = config.theme === 'dark' || (config.theme === 'auto' && !!config.accent && this._scheme.dark());
    const paletteFor = `${config.accent}\n${dark}\n${config.variant}`;
    if (paletteFor !== this._paletteFor && !isServer) {
      this._paletteFor = paletteFor;
      this._palette = this._accentPalette(config.accent, dark, config.variant === 'plain');
      this._paletteChanged = true;
    }
  }

  /** What the element shows now: its language, content, configuration and document; returns the configuration's problems. */
  private _compose(): readonly Problem[] {
    this._language.resolve();
    this._updateContent();
    const given: Record<string, unknown> = {};
    // `lang` is read as the attribute: a server's element has no native `lang` property.
    for (const a of attributesOf(this._element))
      given[a.name] = a.name === 'lang' ? this.getAttribute('lang') : this[a.property as keyof this];
    const { config, problems } = configure(this._element, given, this._content);
    this._config = config;
    this._doc = documentOf(config, this._content, { resources: this._ownResources(), day: dayNumber(clock.today()) });
    return problems;
  }

  /** The editor's own resources (`<partnership-resource>` children), for the elements that list them. */
  protected _ownResources(): readonly Resource[] {
    return [];
  }

  /** Says each problem once, when it first appears (a value the editor has not changed is not said again). */
  private _report(problems: readonly Problem[]): void {
    const now = new Set(problems.map((p) => p.message));
    for (const message of now) if (!this._problems.has(message)) warn(this, message);
    this._problems = now;
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
    if (!key || !addOnLanguages.includes(key)) warn(this, noContentFor(lang));
    else if (!isServer)
      whenLoaded(() => {
        // Still asked for, and still missing.
        if (this.isConnected && this._language.value === lang && !contentFor(lang))
          warn(
            this,
            `language ${quote(lang)} needs its script, <script src="${addOnScript(key)}"></script>; showing English.`,
          );
      });
  }

  /** Custom properties for the editor's accent (src/core/color.ts), once the browser has read the colour. */
  private _accentPalette(accent: string, dark: boolean, plain: boolean): Palette {
    if (!accent) return {};
    const rgb = toRgb(accent, this.renderRoot as ShadowRoot);
    if (!rgb) {
      warn(this, `accent=${quote(accent)} is not a CSS colour; using the theme's accent.`);
      return {};
    }
    const { palette, problems } = accentPalette(accent, rgb, dark, plain);
    if (problems.length) warn(this, `accent=${quote(accent)}: ${problems.join('; ')}.`);
    return palette;
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

  /**
   * A contents entry was chosen: its heading comes into view and takes the focus (in a disclosure, its
   * summary does, and a closed disclosure holding it opens). A fragment link cannot do this itself: the
   * heading is in the shadow root, where the page's address cannot point.
   */
  protected _follow(event: Event): void {
    event.preventDefault();
    const id = decodeURIComponent((event.currentTarget as HTMLAnchorElement).hash.slice(1));
    const target = (this.renderRoot as ShadowRoot).getElementById(id);
    if (!target) return;
    // Each disclosure around it opens (an accordion section's own, whose summary it is, too), as
    // find-in-page does; their toggle events tell the element.
    for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    target.scrollIntoView({ block: 'start' });
    (target.closest('summary') ?? target).focus({ preventScroll: true });
  }

  /** A link in the card was used: the `partnership-link` event says which. */
  private _onClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a');
    // A contents entry stays in the card: it is no link out.
    if (!link || link.matches('.entry')) return;
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
    const { lang, dir, config } = this._doc;
    // The listener only watches for links being used (Enter on a link clicks it too): the links are
    // the interactive elements themselves, so it needs no key handler of its own.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
      class="panel theme-${config.theme} variant-${config.variant} ${extraClass}"
      part="panel"
      data-prerendered=${__HYDRATION__ && !this._live ? (this._takeover ?? `${VERSION}/${digest(this._doc)}`) : nothing}
      lang=${lang}
      dir=${dir}
      @click=${this._onClick}
    >
      ${body}
    </div>`;
  }
}
