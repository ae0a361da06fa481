// `npm start` (real path): the widgets talk HTTP to `collectkit serve` (proxied at /api/collection).
// Unregisters a mock service worker left by an earlier `npm start -- --mock`, then loads the bundle.
const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
await Promise.all(
  registrations.filter((r) => r.active?.scriptURL.endsWith('/mockServiceWorker.js')).map((r) => r.unregister()),
);
const script = document.createElement('script');
script.src = '/vendor/collectkit.min.js';
document.head.append(script);
