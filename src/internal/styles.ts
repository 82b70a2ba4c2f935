import { css } from 'lit';

/**
 * One stylesheet for every element (Lit adopts the same CSSStyleSheet into each shadow root).
 *
 * `all: initial` on the host cuts every inherited property the page could push in (font-size,
 * line-height, letter-spacing, text-transform, color…) except font-family, which the panel takes from
 * the page on purpose. Sizes are in em from the host's `medium`, the reader's own default size, so a
 * page's `html { font-size: 62.5% }` cannot shrink the panel but the reader's browser setting can grow it.
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    font-family: inherit;
    font-size: var(--partnership-font-size, medium);
    line-height: 1.5;
    color: var(--partnership-text, #1b2430);
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .panel {
    background: var(--partnership-background, #fff);
    border: 1px solid var(--partnership-border, #c9d1db);
    border-radius: var(--partnership-radius, 0.75em);
    padding: var(--partnership-spacing, 1.25em);
    max-inline-size: 100%;
    min-inline-size: 0;
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
    color: var(--partnership-heading, var(--partnership-text, #1b2430));
  }
  .title-heading {
    font-size: 1.6em;
    margin-block: 0 0.25em;
  }
  .headline {
    font-size: 1.15em;
    font-weight: 600;
    color: var(--partnership-accent, #0b5cad);
  }
  .audience-heading,
  .resources-heading {
    font-size: 1.3em;
    padding-block-end: 0.25em;
    border-block-end: 0.15em solid var(--partnership-accent, #0b5cad);
  }
  .section-heading {
    font-size: 1.1em;
  }
  .tips,
  .resource-list {
    padding: 0;
    list-style: none;
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
    background: var(--partnership-accent, #0b5cad);
  }
  .closing {
    font-weight: 600;
    margin-block: 1.25em;
  }
  .resource {
    padding-block: 0.75em;
    border-block-start: 1px solid var(--partnership-border, #c9d1db);
  }
  .resource:first-child {
    border-block-start: 0;
  }
  .resource p {
    margin-block-end: 0.25em;
  }
  .resource-name {
    font-weight: 700;
  }
  a {
    color: var(--partnership-link, var(--partnership-accent, #0b5cad));
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible {
    outline: 0.2em solid var(--partnership-focus, var(--partnership-accent, #0b5cad));
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
    border-block-start: 1px solid var(--partnership-border, #c9d1db);
    font-size: 0.9em;
    color: var(--partnership-muted, #3d4856);
  }
  .footer p:last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
    .tip::before {
      background: CanvasText;
    }
    a:focus-visible {
      outline-color: Highlight;
    }
  }
`;
