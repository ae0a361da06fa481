import { afterEach, describe, expect, it } from 'vitest';
import { LitElement } from 'lit';
import '../../src/define.js';
import { registerAdapter } from '../../src/data/adapter.js';
import { WIDGETS } from '../../src/registry.js';
import { until } from '../support/until.js';

// A page's widgets all render their loading states in the task that defines them, before any data is asked for
// (visible-first reads their places once they have). A computed style read in one of those renders forces a style
// recalculation of everything rendered so far, again for every widget that reads: on the demo page the dashboards'
// column count and the complaint trend's chart height did, before the first request went out. Nothing a loading
// state shows needs the style: the dashboard has one column until it is measured, a chart's height is read in the
// animation frame after the loading render (FrameHeight).

registerAdapter('loading-style-reads', () => ({ fetch: () => new Promise<never>(() => undefined) }));

afterEach(() => document.body.replaceChildren());

describe('loading renders', () => {
  it('a dashboard and every widget in it render their loading states without reading a computed style', async () => {
    const read = window.getComputedStyle;
    const readers: string[] = [];
    window.getComputedStyle = function (el: Element, pseudo?: string | null) {
      readers.push(el.localName);
      return read.call(window, el, pseudo);
    };
    try {
      const page = document.createElement('div');
      page.lang = 'en';
      page.innerHTML = `<ck-source id="pending" adapter="loading-style-reads"></ck-source><ck-dashboard source="pending">${WIDGETS.map(
        (w) => `<${w.tag}></${w.tag}>`,
      ).join('')}</ck-dashboard>`;
      document.body.append(page);
      const elements = [...page.querySelectorAll<LitElement>('ck-dashboard, ck-dashboard > *')];
      // Every first render, run in microtasks: before any animation frame (where a ResizeObserver reports).
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(readers).toEqual([]);
      // And they are loading states indeed (not renders that have not happened yet).
      const widgets = elements.slice(1);
      expect(widgets).toHaveLength(WIDGETS.length);
      await until(() => widgets.every((el) => el.shadowRoot?.querySelector('[part="state"] > .spinner')) || null);
    } finally {
      window.getComputedStyle = read;
    }
  });
});
