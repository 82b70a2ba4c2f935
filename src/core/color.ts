/**
 * The accent's rules, given the colour as sRGB (the browser resolves what the editor wrote: see
 * src/internal/color.ts): WCAG 2 contrast, readable text on it, and where links and marks may use it.
 */

export type Rgb = [number, number, number];

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG 2 contrast ratio of two sRGB colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const WHITE: Rgb = [255, 255, 255];
/** The card backgrounds of the light and dark themes, for checking an accent against them. */
export const BACKGROUNDS: Record<'light' | 'dark', Rgb> = { light: WHITE, dark: [20, 26, 33] };

/** The card's custom properties an accent sets. */
export const PALETTE = ['--_accent', '--_on-accent', '--_link', '--_mark'] as const;
export type Palette = Partial<Record<(typeof PALETTE)[number], string>>;

export interface AccentCheck {
  palette: Palette;
  /** White text on it passes WCAG AA (4.5:1); where it does not, its text is black (which always does). */
  whiteText: boolean;
  /** Its contrast against the card's background. */
  onBackground: number;
  /** What the panel did to keep the text readable, each in a few words. */
  problems: string[];
}

/**
 * Custom properties for the editor's accent: the colour, readable text on it, a readable link colour,
 * and a colour for marks (bullets, rules) that stands out from the card (3:1, WCAG's non-text contrast).
 * A plain panel's background is the page's, which the panel cannot know: its links and marks take the
 * page's text colour, and the accent only fills the call buttons.
 */
export function accentPalette(accent: string, rgb: Rgb, dark: boolean, plain: boolean): AccentCheck {
  const background = BACKGROUNDS[dark ? 'dark' : 'light'];
  const onWhite = contrast(rgb, WHITE);
  const whiteText = onWhite >= 4.5;
  const onBackground = contrast(rgb, background);
  const problems: string[] = [];
  if (!whiteText)
    problems.push(`white text on it is ${onWhite.toFixed(1)}:1, under WCAG AA's 4.5:1, so its text is black`);
  if (onBackground < 4.5 && !plain)
    problems.push(
      `on the ${dark ? 'dark' : 'light'} background it is ${onBackground.toFixed(1)}:1, so links use the text colour`,
    );
  const palette: Palette = { '--_accent': accent, '--_on-accent': whiteText ? '#fff' : '#000' };
  if (!plain) {
    palette['--_link'] = onBackground >= 4.5 ? accent : 'var(--_text)';
    palette['--_mark'] = onBackground >= 3 ? accent : 'var(--_text)';
  }
  return { palette, whiteText, onBackground, problems };
}
