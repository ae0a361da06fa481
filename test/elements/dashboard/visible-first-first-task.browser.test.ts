/**
 * Visible-first on a page's first widgets: the first dashboard in the document, on screen, asks for its data as its
 * widgets first render, not after every widget of the page has rendered its loading state and been placed.
 * One test per file: "the page's first widgets" happens once per page (module state of visible-first).
 */
import { afterEach, expect, it } from 'vitest';
import '../../../src/define.js';
import { registerAdapter } from '../../../src/data/adapter.js';
import { until } from '../../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
const rows = [
  { period: '2025-11', bucket: 'M0', accounts: 9, balance: 900 },
  { period: '2025-11', bucket: 'M1', accounts: 1, balance: 100 },
];

/** Whether the off-screen widgets had rendered anything when the on-screen one asked for its data. */
let belowRenderedWhenAsked: boolean[] | null = null;
let belowAsked = 0;
let below: HTMLElement[] = [];
registerAdapter('first-task-top', () => ({
  fetch: async () => {
    belowRenderedWhenAsked = below.map((el) => !!el.shadowRoot?.querySelector('[part="state"]'));
    return { meta, rows } as never;
  },
}));
registerAdapter('first-task-below', () => ({
  fetch: async () => {
    belowAsked++;
    return { meta, rows } as never;
  },
}));

afterEach(() => document.body.replaceChildren());

it('the first dashboard, on screen, fetches at its first render, before the widgets below have rendered', async () => {
  const widgets = '<ck-overdue-trend buckets="M1"></ck-overdue-trend>'.repeat(3);
  document.body.insertAdjacentHTML(
    'beforeend',
    `<div lang="en" style="width:700px">
      <p>Text before the kit: its place does not change when the widgets render.</p>
      <ck-source id="top" adapter="first-task-top"></ck-source>
      <ck-source id="below" adapter="first-task-below"></ck-source>
      <ck-dashboard id="top-dashboard" source="top">${widgets}</ck-dashboard>
      <div style="height:4000px"></div>
      <ck-dashboard id="below-dashboard" source="below">${widgets}</ck-dashboard>
    </div>`,
  );
  below = [...document.querySelectorAll<HTMLElement>('#below-dashboard ck-overdue-trend')];
  const top = [...document.querySelectorAll<HTMLElement>('#top-dashboard ck-overdue-trend')];
  // The top's request went out before the widgets below rendered their loading states.
  await until(() => belowRenderedWhenAsked);
  expect(belowRenderedWhenAsked).toEqual([false, false, false]);
  // Both draw their data (the dashboard below asks once the top has drawn: visible-first.browser.test.ts).
  await until(() => top.every((el) => el.shadowRoot?.querySelector('path.line')) || null);
  await until(() => below.every((el) => el.shadowRoot?.querySelector('path.line')) || null);
  expect(belowAsked).toBeGreaterThan(0);
});
