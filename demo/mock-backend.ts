// Starts the mock backend (msw service worker) and only then loads the script-tag bundle,
// so the widgets' first requests are already answered by the mocks.
import { startMockWorker } from '../mocks/browser.js';

await startMockWorker();
const script = document.createElement('script');
script.src = '/vendor/collectkit.min.js';
document.head.append(script);
