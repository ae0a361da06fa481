// Chromium tests: load the three built-in languages before any test mounts a widget, through the same
// `ensureLocale` a widget's first render awaits. Widgets then render on their usual schedule (a test can
// see the loading state before data arrives); test/bundle/autoloader.test.ts covers the lazy path itself,
// with the built chunks (a page in zh-CN fetches neither the English nor the zh-TW texts).
import { ensureLocale } from '../../src/locales/ensure.js';

await Promise.all(['en', 'zh-CN', 'zh-TW'].map((locale) => ensureLocale(locale)));
