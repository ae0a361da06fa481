/**
 * A plain server-rendered page with collectkit and no bundler: the server writes the HTML (its language
 * from `?lang=`), the browser loads `collectkit.min.js` with one script tag and a small module, app.js.
 *
 *     npm run build && node examples/plain/server.mjs     # http://127.0.0.1:5180/
 *
 * `createPlainServer({ collectkit })` serves the one-file bundle from the folder `collectkit`
 * (default: the package's dist/), so a test can serve a fresh build.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The page as the server renders it; the widgets sit in a <template> that app.js mounts and unmounts. */
export function renderPage(lang) {
  const other = lang === 'en' ? '中文' : 'English';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>collectkit on a server-rendered page</title>
  <script type="module" src="/app.js"></script>
  <script defer src="/collectkit/collectkit.min.js"></script>
</head>
<body>
<main>
  <h1>collectkit on a server-rendered page</h1>
  <button id="lang">${escape(other)}</button>
  <button id="mount">Unmount</button>
  <p id="selected"></p>
  <ul id="errors"></ul>
  <template id="widgets">
    <ck-source id="example" adapter="static">
      <ck-overdue-trend buckets="M1,M2" lang="${escape(lang)}"></ck-overdue-trend>
      <ck-complaint-trend lang="${escape(lang)}"></ck-complaint-trend>
    </ck-source>
  </template>
  <div id="slot"></div>
</main>
</body>
</html>`;
}

const FILES = {
  '/app.js': join(here, 'app.js'),
  '/shared/portfolio.js': join(here, '../shared/portfolio.js'),
};

/** An HTTP server for the page, its two scripts and the collectkit bundle in `collectkit`. */
export function createPlainServer({ collectkit = join(here, '../../dist') } = {}) {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const js = (file) => res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
    try {
      if (url.pathname === '/') {
        const lang = url.searchParams.get('lang') === 'zh-CN' ? 'zh-CN' : 'en';
        return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(renderPage(lang));
      }
      if (FILES[url.pathname]) return void js(FILES[url.pathname]);
      if (url.pathname === '/collectkit/collectkit.min.js') return void js(join(collectkit, 'collectkit.min.js'));
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 5180);
  createPlainServer().listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
}
