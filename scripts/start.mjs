// `npm start`: builds the script-tag bundle, then serves the demo page with the mock backend.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const host = '127.0.0.1';

const build = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** Serves dist/ under /vendor/ exactly as built (no transform), as an intranet's static server would. */
const vendor = {
  name: 'collectkit-vendor',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const m = /^\/vendor\/([\w.-]+\.js(?:\.map)?)$/.exec(req.url?.split('?')[0] ?? '');
      const file = m && resolve('dist', m[1]);
      if (!file || !existsSync(file)) return next();
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      createReadStream(file).pipe(res);
    });
  },
};

const server = await createServer({
  root: resolve('demo'),
  publicDir: resolve('public'),
  configFile: false,
  logLevel: 'warn',
  server: { host, port, strictPort: true, fs: { allow: [resolve('.')] } },
  plugins: [vendor],
});
await server.listen();
console.log(`collectkit demo: http://${host}:${port}/  (mock backend in the browser; Ctrl+C to stop)`);
