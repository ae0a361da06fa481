/**
 * The default colours of both themes, read from the shared widget styles, checked with the independent WCAG
 * oracle: text at least 4.5:1 on the widget background (1.4.3), and the non-text marks a reader needs to find
 * their way — axes, focus ring, receded context lines, the reference line — at least 3:1 (1.4.11). Series
 * colours below 3:1 on white (the Okabe–Ito sky blue and orange) are also told apart by dash pattern and
 * every value is in the data table, so they are listed here rather than passed silently.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERIES_COLORS } from '../../src/render/palette.js';
import { contrastRatio } from '../support/wcag.js';

const styles = readFileSync(new URL('../../src/elements/shared/widget.styles.ts', import.meta.url), 'utf8');
const darkStart = styles.indexOf(":host([theme='dark'])");

/** `--_name` of a theme: the hex default of its `var(--ck-…, #hex)`, or its plain hex value. */
function themeColour(name: string, dark: boolean): string {
  const block = dark ? styles.slice(darkStart, styles.indexOf('}', darkStart)) : styles.slice(0, darkStart);
  const m = new RegExp(`--_${name}:\\s*(?:var\\(--ck-[a-z-]+,\\s*)?(#[0-9a-fA-F]{6})`).exec(block);
  if (!m?.[1]) throw new Error(`--_${name} has no ${dark ? 'dark' : 'light'} default in widget.styles.ts`);
  return m[1];
}
/** The light default of `--_context`, written as the fallback in palette.ts (the light block does not set it). */
const LIGHT_CONTEXT = '#8c959f';

describe.each([false, true])('theme defaults (dark: %s)', (dark) => {
  const bg = themeColour('bg', dark);
  it.each(['fg', 'muted', 'axis', 'danger'])('text colour --_%s is at least 4.5:1 on the background', (name) => {
    expect(contrastRatio(themeColour(name, dark), bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('axes, the focus ring and context and reference lines are at least 3:1 on the background', () => {
    const marks = [
      themeColour('axis', dark),
      themeColour('accent', dark),
      themeColour('fg', dark),
      dark ? themeColour('context', true) : LIGHT_CONTEXT,
    ];
    for (const c of marks) expect(contrastRatio(c, bg), c).toBeGreaterThanOrEqual(3);
  });
});

describe('series colours on white', () => {
  it('are at least 3:1 except the two the dash patterns back up (sky blue, orange)', () => {
    const below = SERIES_COLORS.filter((c) => contrastRatio(c, '#ffffff') < 3);
    expect(below).toEqual(['#56B4E9', '#E69F00']);
  });
  it('the seventh (black) turns light in the dark theme and is at least 3:1 there', () => {
    expect(contrastRatio(themeColour('series-7', true), themeColour('bg', true))).toBeGreaterThanOrEqual(3);
  });
});
