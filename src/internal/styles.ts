import { css } from 'lit';

/**
 * One stylesheet, shared by every element (Lit adopts it into each shadow root).
 *
 * `all: initial` on the host and again on the card cuts every inherited property the page could push
 * in (font-size, line-height, letter-spacing, text-transform, color…), even through a page rule such as
 * `body * {…}` that styles the host itself; only font-family is taken from the page, on purpose. Sizes
 * are in em from `medium`, the reader's own default size, so a page's `html { font-size: 62.5% }`
 * cannot shrink the panel but the reader's browser setting can grow it.
 * Only logical properties (inline/block) are used, so right-to-left pages mirror it.
 *
 * Colours are private `--_*` properties, set from the editor's `--partnership-*` ones. Each default is
 * one `light-dark()` pair: the card's `color-scheme` (light, dark, or the reader's with `auto`) picks
 * the side, so the dark palette is written once. The `accent` attribute sets `--_accent`,
 * `--_on-accent` and `--_link` on the card.
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    font-family: inherit;
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
    --_pad: var(--partnership-spacing, 1.25em);
    all: initial;
    display: block;
    color-scheme: light;
    font-family: inherit;
    font-size: var(--partnership-font-size, medium);
    line-height: 1.5;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--partnership-radius, 0.75em);
    overflow: hidden;
    min-inline-size: 0;
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
    }
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
    background: var(--_accent);
    color: var(--_on-accent);
  }
  p,
  ul {
    margin-block: 0 0.75em;
    margin-inline: 0;
  }
  .h {
    font-weight: 700;
    line-height: 1.25;
    margin-block: 1.25em 0.5em;
    color: var(--partnership-heading, var(--_text));
  }
  .title-heading {
    font-size: 1.6em;
    margin-block: 0 0.25em;
  }
  .top .h {
    color: inherit;
  }
  .headline {
    font-size: 1.15em;
    font-weight: 600;
    margin: 0;
  }
  .audience-heading,
  .resources-heading {
    font-size: 1.3em;
    padding-block-end: 0.25em;
    border-block-end: 0.15em solid var(--_accent);
  }
  .section-heading,
  .today-heading {
    font-size: 1.1em;
  }
  .tips,
  .resource-list {
    padding: 0;
    list-style: none;
  }
  .resource-list {
    margin: 0;
  }
  .tip {
    position: relative;
    padding-inline-start: 1.5em;
    margin-block-end: 0.5em;
  }
  .tip::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.35em;
    inset-block-start: 0.55em;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-radius: 50%;
    background: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .disclosure {
    display: flex;
    align-items: center;
    gap: 0.5em;
    inline-size: 100%;
    padding: 0.5em 0.25em;
    border: 0;
    border-block-end: 1px solid var(--_border);
    background: none;
    font-weight: inherit;
    text-align: start;
  }
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
  .disclosure[aria-expanded='true']::before {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .show-all {
    padding: 0.5em 1em;
    border: 0.1em solid var(--_link);
    border-radius: 0.4em;
    margin-block-end: 1em;
    background: var(--_bg);
    color: var(--_link);
    font-weight: 600;
  }
  .tip-of-the-day {
    padding: 0.75em 1em;
    margin-block-end: 1em;
    border-inline-start: 0.3em solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_bg));
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
  .layout-cards {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20em), 1fr));
    align-items: start;
  }
  .layout-cards .sections {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
  }
  .layout-cards .section {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: 0.5em;
  }
  .layout-cards .section .h {
    margin-block-start: 0;
  }
  .closing {
    font-weight: 600;
    margin-block: 1.25em;
  }
  .resource {
    padding-block: 0.75em;
  }
  .resource + .resource {
    border-block-start: 1px solid var(--_border);
  }
  .resource p {
    margin-block-end: 0.25em;
  }
  .resource-name {
    font-weight: 700;
  }
  a {
    color: var(--_link, var(--_text));
    overflow-wrap: anywhere;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 0.2em solid var(--partnership-focus, var(--_link, var(--_text)));
    outline-offset: 0.15em;
    border-radius: 0.1em;
  }
  .phone {
    white-space: nowrap;
    font-weight: 600;
  }
  .footer {
    margin-block-start: 1.5em;
    padding-block-start: 1em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.9em;
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
  @media (forced-colors: active) {
    .panel,
    .layout-cards .section,
    .show-all {
      border-color: CanvasText;
    }
    .top {
      border-block-end: 1px solid CanvasText;
    }
    .tip::before {
      background: CanvasText;
    }
    .tip-of-the-day {
      border-inline-start-color: CanvasText;
    }
    a:focus-visible,
    button:focus-visible {
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
    [hidden].tip,
    [hidden].section-body,
    [hidden]#all-tips {
      display: block !important;
    }
    .show-all,
    .tip-of-the-day,
    .disclosure::before {
      display: none !important;
    }
    .disclosure {
      padding: 0;
      border: 0;
    }
    a {
      color: #000;
    }
    a[href^='http']::after,
    a[href^='mailto:']::after {
      content: ' (' attr(href) ')';
    }
    .section,
    .resource {
      break-inside: avoid;
    }
  }
`;
