// Chromium tests: load what widgets fetch on first render (the three languages' texts with every widget's
// message pack, every tile metric's KPI step) before any test mounts one, through the same `ensureLocale` / `tilePointsReady` a widget awaits.
// Widgets then render on their usual schedule (a test can see the loading state before data arrives);
// test/bundle/autoloader.test.ts covers the lazy path itself with the built chunks (a zh-CN tile page
// fetches neither the English nor the zh-TW texts, nor the KPI code of metrics it does not show).
// Every widget module first, so that their message packs are registered and loaded with the languages.
import '../../src/define.js';
import { ensureLocale } from '../../src/locales/ensure.js';
import { tilePointsReady } from '../../src/views/tile-points.js';

await Promise.all([
  ...['en', 'zh-CN', 'zh-TW'].map((locale) => ensureLocale(locale)),
  ...['overdue', 'recovery', 'complaints', 'agents', 'roll-rates'].map((metric) => tilePointsReady(metric)),
]);
