import { css } from 'lit';

/**
 * One stylesheet, shared by every element (Lit adopts it into each shadow root).
 *
 * `all: initial` on the host and again on the card cuts every inherited property the page could push
 * in (font-size, text-transform, color…), even through a page rule such as `body * {…}` that styles
 * the host itself. Taken from the page on purpose: font-family; the text colour, which only the
 * `plain` variant shows; and line-height, letter-spacing and word-spacing when a rule sets them on the
 * host itself, as readers' text-spacing tools (WCAG 1.4.12) do with `* {…}`: what the page's body
 * passes down by inheritance stops at the host.
 *
 * Sizes are in em from `medium`, the reader's own default size, so a page's `html { font-size: 62.5% }`
 * cannot shrink the panel but the reader's browser setting can grow it; body text is 1.125 times it.
 * Text blocks stop at about 70 characters. Only logical properties (inline/block) are used, so
 * right-to-left pages mirror it. The card is a size container: narrow cards (a sidebar, a phone)
 * get smaller type and spacing, whatever the viewport.
 *
 * Colours are private `--_*` properties, set from the editor's `--partnership-*` ones. Each default is
 * one `light-dark()` pair: the card's `color-scheme` (light, dark, or the reader's with `auto`) picks
 * the side, so the dark palette is written once. The `accent` attribute sets `--_accent`,
 * `--_on-accent`, `--_link` and `--_mark` on the card.
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    min-inline-size: 0;
    max-inline-size: 100%;
    font-family: inherit;
    color: inherit;
    line-height: 1.55;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .panel {
    --_bg: var(--partnership-background, light-dark(#fff, #141a21));
    --_text: var(--partnership-text, light-dark(#1b2430, #e7ecf2));
    --_muted: var(--partnership-muted, light-dark(#3d4856, #b9c3ce));
    --_border: var(--partnership-border, light-dark(#c9d1db, #3b4756));
    --_accent: var(--partnership-accent, light-dark(#0b5cad, #8cc4ff));
    --_on-accent: var(--partnership-on-accent, light-dark(#fff, #0b1520));
    --_link: var(--partnership-link, var(--_accent));
    --_mark: var(--_accent);
    /* The header band: the accent in light; in dark, a dark tint of it under an accent rule, which does not glare. */
    --_band: light-dark(var(--_accent), color-mix(in srgb, var(--_accent) 16%, var(--_bg)));
    --_on-band: light-dark(var(--_on-accent), var(--_text));
    --_rule: light-dark(var(--_band), var(--_mark));
    --_tint: color-mix(in srgb, var(--_accent) 7%, var(--_bg));
    --_pad: var(--partnership-spacing, 1.5em);
    all: initial;
    display: block;
    /* A size container has no width of its own: where the page sizes the panel by its content (a flex
       row, a grid's auto column, a float), it takes this one, and shrinks from it where there is less room. */
    container-type: inline-size;
    contain-intrinsic-inline-size: 40em;
    color-scheme: light;
    font-family: inherit;
    font-size: var(--partnership-font-size, medium);
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--partnership-radius, 0.75em);
  }
  .panel > * {
    font-size: 1.125em;
  }
  .theme-dark {
    color-scheme: dark;
  }
  .theme-auto {
    color-scheme: light dark;
  }
  /* Browsers older than light-dark() (Safari before 17.5, Chrome before 123, Firefox before 120) get the light palette in every theme. */
  @supports not (color: light-dark(#000, #fff)) {
    .panel {
      --_bg: var(--partnership-background, #fff);
      --_text: var(--partnership-text, #1b2430);
      --_muted: var(--partnership-muted, #3d4856);
      --_border: var(--partnership-border, #c9d1db);
      --_accent: var(--partnership-accent, #0b5cad);
      --_on-accent: var(--partnership-on-accent, #fff);
      --_band: var(--_accent);
      --_on-band: var(--_on-accent);
      --_rule: var(--_band);
    }
  }
  /* Plain: the page's own look. No border, background or band; the page's text colour for text, links,
     headings, bullets and rules (the page's background is unknown, so an accent could not be checked
     against it); the accent fills the call buttons. */
  .variant-plain {
    --_bg: var(--partnership-background, transparent);
    --_text: var(--partnership-text, currentColor);
    --_muted: var(--partnership-muted, currentColor);
    --_link: var(--partnership-link, currentColor);
    --_mark: currentColor;
    --_band: transparent;
    --_on-band: var(--_text);
    --_tint: transparent;
    --_pad: 0;
    border: 0;
  }
  .variant-plain .top {
    padding-block-end: 0.75em;
  }
  .variant-plain .top .h {
    color: var(--partnership-heading, var(--_text));
  }
  .variant-plain .resource,
  .variant-plain .layout-cards .section {
    padding-inline: 0;
  }
  .variant-plain .tip-of-the-day {
    padding-inline: 0.75em 0;
  }
  .body {
    padding: var(--_pad);
  }
  .body > :first-child,
  .body > :first-child > .h:first-child {
    margin-block-start: 0;
  }
  .top {
    padding: var(--_pad);
    background: var(--_band);
    color: var(--_on-band);
    border-block-end: 0.25em solid var(--_rule);
    border-start-start-radius: inherit;
    border-start-end-radius: inherit;
  }
  p,
  ul,
  details {
    /* A reader's paragraph spacing (WCAG 1.4.12) is this property, set on the element. */
    margin-block: 0 var(--partnership-paragraph-spacing, 0.75em);
    margin-inline: 0;
    max-inline-size: 35em;
  }
  .resource-list,
  .resources-heading {
    max-inline-size: none;
  }
  /* Headings take the card's line height, letter and word spacing as they are set on the element (a
     reader's text spacing reaches them), and look by their rank: one level, one look. */
  .h {
    font-size: 1em;
    font-weight: 700;
    margin-block: 1.5em 0.5em;
    max-inline-size: 30em;
    color: var(--partnership-heading, var(--_text));
  }
  .rank-0 {
    font-size: 1.75em;
    margin-block: 0 0.3em;
  }
  .top .h {
    color: inherit;
  }
  .headline {
    font-size: 1.2em;
    margin: 0;
  }
  .summary {
    font-size: 1.1em;
  }
  .read-more > summary {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    list-style: none;
  }
  summary {
    list-style: none;
    cursor: pointer;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* A summary says what it does now: "Show 8 more tips" closed, "Show fewer tips" open. */
  details:not([open]) > summary .when-open,
  details[open] > summary .when-closed {
    display: none;
  }
  .read-more > summary::before,
  .disclosure::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    /* A chevron pointing down when closed and up when open reads the same in either direction, so its
       borders are physical: logical ones would turn it sideways in a right-to-left panel. */
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  [open] > summary::before {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .rank-1 {
    font-size: 1.4em;
    padding-block-end: 0.3em;
    border-block-end: 0.15em solid var(--_mark);
  }
  .rank-2 {
    font-size: 1.15em;
  }
  .count {
    display: inline-block;
    margin-inline-start: 0.3em;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }
  .tips,
  .resource-list {
    padding: 0;
    list-style: none;
  }
  .tip {
    position: relative;
    padding-inline-start: 1.5em;
    margin-block-end: 0.6em;
  }
  /* The bullet is a border, which prints without background graphics. */
  .tip::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.35em;
    inset-block-start: 0.55em;
    border: 0.225em solid var(--_mark);
    border-radius: 50%;
  }
  .tip:focus-visible {
    outline: 0.2em solid var(--partnership-focus, var(--_link));
    outline-offset: 0.15em;
  }
  button {
    font: inherit;
    line-height: inherit;
    /* Buttons do not inherit these by default; a reader's text spacing should reach them too. */
    letter-spacing: inherit;
    word-spacing: inherit;
    color: inherit;
    cursor: pointer;
  }
  .disclosure {
    display: flex;
    align-items: baseline;
    gap: 0.6em;
    min-block-size: 2.75em;
    padding: 0.5em 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  .disclosure > .h {
    min-inline-size: 0;
    margin: 0;
  }
  .disclosure::before {
    /* On the first line of a wrapped label: a baseline-aligned box sits on the text's baseline. */
    align-self: flex-start;
    margin-block-start: 0.45em;
  }
  .show-all,
  .more {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: 0.4em 1em;
    border: 0.1em solid var(--_link);
    border-radius: 0.4em;
    margin-block-end: 1em;
    background: var(--_bg);
    color: var(--_link);
    font-weight: 600;
    text-align: start;
  }
  /* Under "Show all tips", the tip of the day is in its section: it is not shown twice. */
  .today-area:has(.all-tips[open]) > .tip-of-the-day {
    display: none;
  }
  .all-sections {
    display: flex;
    justify-content: flex-end;
    min-block-size: 2.75em;
  }
  .sections-control {
    padding: 0.4em 0.25em;
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .contents {
    margin-block: 1.25em;
  }
  .contents-label {
    margin-block-end: 0.4em;
    font-weight: 700;
  }
  .contents-list {
    padding: 0;
    list-style: none;
  }
  .contents-list li {
    position: relative;
    padding-inline-start: 1.5em;
    margin-block-end: 0.35em;
  }
  /* Before the script can follow them (without it, and while it takes over a server's card), entries are text. */
  .entry:not([href]) {
    color: inherit;
  }
  .contents-list li::before {
    content: '—';
    position: absolute;
    inset-inline-start: 0;
    color: var(--_muted);
  }
  .tip-of-the-day {
    padding: 1em 1.25em;
    margin-block-end: 1em;
    border-inline-start: 0.3em solid var(--_mark);
    background: var(--_tint);
  }
  .today-heading {
    margin-block-start: 0;
  }
  .today-lead {
    margin-block-end: 0.25em;
    color: var(--_muted);
  }
  .today-tip {
    font-size: 1.15em;
  }
  .translation {
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* Where there is room, the audiences side by side in the list layout, and cards of equal width. */
  .layout-list {
    display: grid;
    column-gap: 2.5em;
    /* Stacked (a narrow card), the second audience's heading has room above it as any heading does. */
    row-gap: 1.5em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
  }
  .layout-list > .audience > .h:first-child {
    margin-block-start: 0;
  }
  .layout-cards .sections,
  .resource-list {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
  }
  .layout-cards .section,
  .resource {
    padding: 1em 1.25em;
    border-radius: 0.5em;
    background: var(--_tint);
  }
  .layout-cards .section .h,
  .resource .h {
    margin-block-start: 0;
  }
  .layout-cards .section-body > :last-child,
  .resource > :last-child {
    margin-block-end: 0;
  }
  .closing {
    font-weight: 600;
    margin-block: 1.5em;
  }
  .resource {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.6em;
  }
  .resource p {
    margin: 0;
  }
  .call {
    display: inline-block;
    min-block-size: 2.75em;
    margin-block-start: auto;
    padding: 0.6em 1em;
    border: 0.1em solid var(--_mark);
    border-radius: 0.4em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }
  .website {
    padding-block: 0.6em;
  }
  a {
    color: var(--_link, var(--_text));
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 0.2em solid var(--partnership-focus, var(--_link, var(--_text)));
    outline-offset: 0.15em;
    border-radius: 0.1em;
  }
  .footer {
    margin-block-start: 1.5em;
    padding-block-start: 1em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .footer p:last-child {
    margin-block-end: 0;
  }
  .body > .credit {
    margin: 1em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* A sidebar or a phone: smaller type and spacing. */
  @container (max-width: 30em) {
    .panel > * {
      font-size: 1em;
    }
    .body,
    .top {
      padding: min(var(--_pad), 1em);
    }
    .rank-0 {
      font-size: 1.45em;
    }
    .headline {
      font-size: 1.1em;
    }
    .rank-1 {
      font-size: 1.25em;
    }
    .layout-cards .section,
    .resource,
    .tip-of-the-day {
      padding: 0.75em;
    }
  }
  .compact .resource-list {
    grid-template-columns: 1fr;
  }
  @media (forced-colors: active) {
    .panel,
    .show-all,
    .more,
    .call {
      border-color: CanvasText;
    }
    .top {
      border-block-end: 1px solid CanvasText;
    }
    .tip::before {
      border-color: CanvasText;
    }
    .tip-of-the-day,
    .layout-cards .section,
    .resource {
      border: 1px solid CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .panel {
      border: 0;
      color: #000;
      background: none;
    }
    .top {
      background: none;
      color: #000;
      padding-inline: 0;
    }
    .body {
      padding-inline: 0;
    }
    .all-sections,
    .contents,
    .tip-of-the-day,
    .disclosure::before {
      display: none !important;
    }
    .disclosure {
      padding: 0;
      border: 0;
    }
    a,
    .call {
      color: #000;
      background: none;
    }
    /* A call button is its phone number on paper. */
    .call {
      min-block-size: 0;
      padding: 0;
      border: 0;
    }
    a[href^='http']::after,
    a[href^='mailto:']::after {
      content: ' (' attr(href) ')';
    }
    .h {
      break-after: avoid;
    }
    .resource,
    .lead {
      break-inside: avoid;
    }
  }
  /* On paper every disclosure is open, and says nothing of opening: where the folded part of a details
     can be shown (engines without ::details-content print it folded, so they keep its summary). */
  @supports selector(::details-content) {
    @media print {
      details::details-content {
        content-visibility: visible;
        display: contents;
      }
      .read-more > summary,
      .more-tips > summary,
      .all-tips > summary {
        display: none;
      }
    }
  }
`;
