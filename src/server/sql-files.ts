/**
 * The SQL files of `sql/`, read once, with their fragments included: `{{> name}}` (or `{{> name(a, b)}}`)
 * stands for the text of `sql/_name.sql`, its `{{@1}}`, `{{@2}}` … replaced by the arguments. A fragment is
 * a piece of SQL two statements share (a filter, CTEs, a derived table's definition), so it is written once;
 * fragments may include fragments. Includes are expanded before the dialect's template functions
 * (engine/dialect.ts), so a fragment uses those like any SQL file.
 */
import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

/** `{{> name}}` or `{{> name(args)}}`; arguments are plain SQL text without parentheses or commas inside. */
const INCLUDE = /\{\{>\s*([a-z0-9-]+)(?:\(([^()]*)\))?\s*\}\}/g;

/** Text of `sql/<file>.sql` as stored (cached). */
function readSql(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(new URL(`./sql/${file}.sql`, import.meta.url), 'utf8');
    cache.set(file, text);
  }
  return text;
}

/** Expands the includes of `text` (fragments' own comments dropped; `seen` guards against cycles). */
export function expandIncludes(text: string, seen: readonly string[] = []): string {
  return text.replace(INCLUDE, (_, name: string, args: string | undefined) => {
    if (seen.includes(name)) throw new Error(`SQL fragment _${name}.sql includes itself.`);
    const values = args === undefined ? [] : args.split(',').map((a) => a.trim());
    const body = readSql(`_${name}`)
      .replace(/^--[^\n]*\n/gm, '')
      .trim()
      .replace(/\{\{@(\d)\}\}/g, (__, i: string) => {
        const value = values[Number(i) - 1];
        if (value === undefined) throw new Error(`SQL fragment _${name}.sql wants argument ${i}.`);
        return value;
      });
    return expandIncludes(body, [...seen, name]);
  });
}

/** Template of `sql/<name>.sql` with its fragments included (read once). */
export function sqlTemplate(name: string): string {
  return expandIncludes(readSql(name));
}
