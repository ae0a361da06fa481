import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../src/data/safe-url.js';

describe('safeUrl', () => {
  it.each([
    ['https://x.test/api/overdue?from=2024-01&to=2024-03', 'https://x.test/api/overdue?from=2024-01&to=2024-03'],
    ['https://u:p@x.test/api/overdue?from=2024-01', 'https://x.test/api/overdue?from=2024-01'],
    ['https://x.test/a?token=abc&region=north', 'https://x.test/a?token=***&region=north'],
    [
      'https://x.test/a?Access_Token=abc&API-KEY=1&apikey=2&sig=3&signature=4&password=5&secret=6&jwt=7&sessionid=8',
      'https://x.test/a?Access_Token=***&API-KEY=***&apikey=***&sig=***&signature=***&password=***&secret=***&jwt=***&sessionid=***',
    ],
    ['https://x.test/a?authorization=Bearer%20x&team=keys', 'https://x.test/a?authorization=***&team=keys'],
    ['not a url //user:pw@host/x', 'not a url //host/x'],
  ])('%s → %s', (input, output) => {
    expect(safeUrl(input)).toBe(output);
  });
});
