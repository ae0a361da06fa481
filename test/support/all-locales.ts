// Node tests translate and define in all three languages directly (t('zh-CN', …)), as the SVG renderer and
// the one-file bundle do: load the built-in languages up front. The Chromium tests load them as widgets do,
// on first render (src/locales/ensure.ts).
import '../../src/locales/all.js';
