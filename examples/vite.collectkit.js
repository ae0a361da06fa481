/**
 * Inside this repository the examples import collectkit from its sources (no `npm run build` needed).
 * In your own app, leave this alias out: `npm install collectkit` and the same imports resolve to the package.
 */
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Vite `resolve.alias` entries: `collectkit/define.js` and `collectkit` to the TypeScript sources. */
export const collectkitFromSource = [
  { find: /^collectkit\/define\.js$/, replacement: `${src}define.ts` },
  { find: /^collectkit$/, replacement: `${src}index.ts` },
];
