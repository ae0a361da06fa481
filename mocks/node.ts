/** msw server for Node tests: `mockServer.listen()` in `beforeAll`, `mockServer.close()` in `afterAll`. */
import { setupServer } from 'msw/node';
import { handlers } from './handlers.js';

/** msw/node server with every mock handler (metrics and scenarios). */
export const mockServer = setupServer(...handlers);
