// Node tests translate, define and draw tiles directly (t('zh-CN', …), tileSeries('recovery', …)), as the SVG
// renderer and the one-file bundle do: load the modules the autoloader's pages fetch on first use up front
// (the three languages' texts, every tile metric's KPI step). Imported first by the node tests that need it (it is
// no setup file: most of the 160 files need none of it, and loading it cost each about 0.5 s).
import '../../src/locales/all.js';
import '../../src/views/tile-points/all.js';
