import { describe, expect, it } from 'vitest';
import { seriesColor, seriesDash, SERIES_COLORS, SERIES_DASHES } from '../../src/render/palette.js';

describe('palette', () => {
  it('gives the first seven series the seven colours and dashes in order', () => {
    expect(Array.from({ length: 7 }, (_, i) => seriesDash(i))).toEqual([...SERIES_DASHES]);
    expect(seriesColor(0)).toBe('var(--ck-series-1, #0072B2)');
    expect(seriesColor(7)).toBe(seriesColor(0));
  });

  it('keeps 49 series apart: every pair of colour and dash is used once', () => {
    const n = SERIES_COLORS.length * SERIES_DASHES.length;
    const pairs = new Set(Array.from({ length: n }, (_, i) => `${seriesColor(i)}|${seriesDash(i)}`));
    expect(pairs.size).toBe(n);
    // Twelve monthly cohorts (the recovery and vintage curves): cohort 1 and cohort 8 share a colour, not a dash.
    expect(seriesDash(7)).not.toBe(seriesDash(0));
  });
});
