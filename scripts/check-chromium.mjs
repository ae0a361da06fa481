// Fails fast, with instructions, when no Chromium is there for the browser tests.
import { accessSync, constants } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const found = candidates.find((p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
if (!found) {
  console.error(
    [
      'collectkit: no Chromium found for the browser tests (looked at ' + candidates.join(', ') + ').',
      'Install it from your distribution, e.g. on Debian/Ubuntu:',
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary:',
      '  CHROMIUM_PATH=/path/to/chrome npm test',
      '(The tests never download a browser of their own.)',
    ].join('\n'),
  );
  process.exit(1);
}
