import { html, type TemplateResult } from 'lit';

/** Scenarios of the mock backend (see mocks/handlers.ts), chosen by URL so one worker serves every story. */
export type Scenario =
  'ok' | 'slow' | 'failing' | 'timeout' | 'malformed' | 'wrong-shape' | 'empty' | 'huge' | 'flaky' | 'stale';

/** Base URL of the mock backend for a scenario. */
export function baseUrl(scenario: Scenario = 'ok'): string {
  return scenario === 'ok' ? '/api/collection' : `/api/scenarios/${scenario}`;
}

/** Wraps a widget in its own anonymous `<ck-source>` so stories on one docs page never share a cache. */
export function withSource(
  widget: TemplateResult,
  {
    scenario = 'ok',
    from = '2024-01',
    to = '2025-12',
    width = '',
    refresh = '',
  }: { scenario?: Scenario; from?: string; to?: string; width?: string; refresh?: string } = {},
): TemplateResult {
  return html`<div style=${width ? `max-width:${width}` : ''}>
    <ck-source adapter="rest" base-url=${baseUrl(scenario)} from=${from} to=${to} interval="month" retry="0" refresh=${refresh} stale=${refresh ? '0' : '60s'}>${widget}</ck-source>
  </div>`;
}
