/** Query parameters whose values are credentials (matched case-insensitively, `_`/`-` ignored). */
const SECRET =
  /^(access)?token$|^(api)?key$|^auth|^password$|^passwd$|^secret$|^sig(nature)?$|^session(id)?$|^jwt$|^credential/;

/**
 * A URL fit to show in an error message or event: user name and password removed, and the values
 * of credential-like query parameters (`token`, `access_token`, `api_key`, `signature`…) replaced
 * by `***`. The path and every other parameter are kept, so the reader sees what was asked for.
 * @example safeUrl('https://u:p@x.test/api/overdue?from=2024-01&token=abc') // 'https://x.test/api/overdue?from=2024-01&token=***'
 */
export function safeUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href.replace(/\/\/[^/@]*@/, '//');
  }
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) {
    if (SECRET.test(key.toLowerCase().replace(/[-_]/g, ''))) url.searchParams.set(key, '***');
  }
  return url.href.replace(/=%2A%2A%2A/g, '=***');
}
