// Screenshots a page in headless Chromium after its collectkit widgets settle, and prints console errors.
// Usage: node scripts/screenshot.mjs URL OUT.png [width] [height]
import { chromium } from 'playwright-core';

const [url, out, width = '1280', height = '900'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(url);
await page
  .waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter(
        (el) => el.tagName.startsWith('CK-') && el.shadowRoot && el.tagName !== 'CK-SOURCE',
      );
      return widgets.length > 0 && widgets.every((el) => !el.shadowRoot.querySelector('.spinner'));
    },
    null,
    { timeout: 20_000 },
  )
  .catch(() => errors.push('widgets still loading after 20 s'));
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(errors.length ? `console errors:\n${errors.join('\n')}` : 'no console errors');
