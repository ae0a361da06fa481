/**
 * A widget's messages arrive one language at a time: `addMessagePack` registers a module per language and
 * `packsReady(locale)` (awaited by `ensureLocale` before a widget renders) fetches that language only.
 * The node setup loads every language (src/locales/all.ts), so these tests start from fresh modules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MessageLoaders } from '../../src/render/i18n/index.js';

const root = resolve(import.meta.dirname, '../..');

/** The message modules as a page has them before any widget rendered. */
async function freshMessages() {
  vi.resetModules();
  const i18n = await import('../../src/render/i18n/index.js');
  const { OPS_MESSAGES } = await import('../../src/render/i18n/ops.js');
  return { ...i18n, OPS_MESSAGES };
}

describe('message packs', () => {
  it('load the language a widget renders in, and only that one', async () => {
    const { addMessagePack, loadedMessages, packsReady, t, OPS_MESSAGES } = await freshMessages();
    addMessagePack(OPS_MESSAGES);
    expect(t('zh-CN', 'ptpTitle', { grace: 3 })).toBe('ptpTitle');
    await packsReady('zh-CN');
    expect(packsReady('zh-CN')).toBeUndefined();
    expect(t('zh-CN', 'ptpTitle', { grace: 3 })).toBe('承诺还款漏斗 · 宽限 3 天');
    expect(loadedMessages('zh-TW')).not.toHaveProperty('ptpTitle');
    expect(loadedMessages('en')).not.toHaveProperty('ptpTitle');
    await packsReady('zh-TW');
    const { opsEn } = await import('../../src/render/i18n/ops/en.js');
    expect(Object.keys(loadedMessages('zh-TW'))).toEqual(expect.arrayContaining(Object.keys(opsEn)));
    addMessagePack(OPS_MESSAGES); // registering again (a second widget of the pack) fetches nothing more
    expect(packsReady('zh-TW')).toBeUndefined();
  });

  it('keep a language module that failed to load pending, and load it at the next render', async () => {
    const { addLanguageMessages, addMessagePack, loadedMessages, packsReady } = await freshMessages();
    let attempts = 0;
    const flaky: MessageLoaders = {
      en: () => Promise.resolve(),
      'zh-CN': () => Promise.resolve(),
      'zh-TW': () => {
        attempts++;
        if (attempts === 1) return Promise.reject(new Error('offline'));
        addLanguageMessages('zh-TW', { packTestKey: '已載入' });
        return Promise.resolve();
      },
    };
    addMessagePack(flaky);
    await packsReady('zh-TW');
    expect(attempts).toBe(1);
    expect(loadedMessages('zh-TW')).not.toHaveProperty('packTestKey');
    await packsReady('zh-TW');
    expect(attempts).toBe(2);
    expect(loadedMessages('zh-TW')).toHaveProperty('packTestKey', '已載入');
    addMessagePack(flaky);
    expect(packsReady('zh-TW')).toBeUndefined();
  });

  it('make a widget asking while a batch loads wait for that batch (no render before its texts)', async () => {
    const { addMessagePack, loadedMessages, packsReady, OPS_MESSAGES } = await freshMessages();
    addMessagePack(OPS_MESSAGES);
    const first = packsReady('en');
    const second = packsReady('en');
    expect(first).toBeInstanceOf(Promise);
    expect(second).toBeInstanceOf(Promise);
    await second;
    expect(loadedMessages('en')).toHaveProperty('ptpTitle');
  });

  it('every language module of every pack is loaded up front by src/locales/all.ts (SVG renderer, one file)', () => {
    const dir = resolve(root, 'src/render/i18n');
    const modules = readdirSync(dir)
      .filter((d) => statSync(resolve(dir, d)).isDirectory())
      .flatMap((d) => readdirSync(resolve(dir, d)).map((f) => `../render/i18n/${d}/${f.replace(/\.ts$/, '.js')}`));
    expect(modules.length).toBeGreaterThanOrEqual(48);
    const all = readFileSync(resolve(root, 'src/locales/all.ts'), 'utf8');
    for (const m of modules) expect(all, `src/locales/all.ts lacks ${m}`).toContain(`import '${m}';`);
  });
});
