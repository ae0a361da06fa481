/**
 * The README's "Your data in five minutes" page, as it stands: its <ck-source> with the JSON children
 * and widgets must draw the numbers it holds. If the README's example breaks, this test does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import readme from '../../README.md?raw';
import '../../src/define.js';
import { until } from '../support/until.js';

/** The `<ck-source>…</ck-source>` of the html block after the readme-example marker. */
function exampleSource(): string {
  const after = readme.slice(readme.indexOf('<!-- readme-example:'));
  const block = /```html\n([\s\S]*?)```/.exec(after)![1]!;
  return /<ck-source[\s\S]*<\/ck-source>/.exec(block)![0];
}

afterEach(() => document.body.replaceChildren());

describe('README static-adapter example', () => {
  it('draws the tile, the overdue trend and the complaint trend from the JSON in the page', async () => {
    const host = document.createElement('div');
    host.lang = 'en';
    host.style.width = '720px';
    host.insertAdjacentHTML('beforeend', exampleSource());
    document.body.append(host);
    const errors: string[] = [];
    document.addEventListener('ck-error', (e) => errors.push((e as CustomEvent).detail.message));
    const tile = host.querySelector('ck-kpi-tile')!;
    const trend = host.querySelector('ck-overdue-trend')!;
    const complaints = host.querySelector('ck-complaint-trend')!;
    // M1+ by balance, Feb 2025: (3.9M + 1.7M) ÷ (94.1M + 3.9M + 1.7M) = 5.6 ÷ 99.7 = 5.62 % (hand-checked).
    const value = await until(() => tile.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim() || null);
    expect(value).toBe('5.62%');
    await until(() => trend.shadowRoot?.querySelectorAll('path.line').length === 2);
    await until(() => complaints.shadowRoot?.querySelector('svg.chart rect'));
    expect(errors).toEqual([]);
  });
});
