/** Starts the mock backend in the browser (demo, manual testing) as an msw service worker. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { handlers } from './handlers.js';

/** Options of {@link startMockWorker}. */
export interface StartMockWorkerOptions {
  /** URL of the worker script (`npx msw init public`). Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
  /** Log intercepted requests to the console. Default false. */
  verbose?: boolean;
}

let started: Promise<SetupWorker> | undefined;

/**
 * Registers the msw service worker with every mock handler; unhandled requests go to the network.
 * Idempotent: later calls return the same started worker.
 *
 * ```ts
 * await startMockWorker();
 * // fetch('/api/collection/overdue?from=2024-01&to=2024-06') is now answered by the simulator
 * ```
 */
export function startMockWorker(options: StartMockWorkerOptions = {}): Promise<SetupWorker> {
  started ??= (async () => {
    const worker = setupWorker(...handlers);
    await worker.start({
      onUnhandledRequest: 'bypass',
      quiet: !options.verbose,
      serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    });
    return worker;
  })();
  return started;
}
