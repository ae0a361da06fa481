/**
 * The public real-data samples copied into the repository (`test/data/public/`, provenance and sha256 in
 * its SOURCES.md). Tests read them from here, never from outside the repository, so that anyone who clones
 * the repo runs the same tests: a missing file is an error, not a skip.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Absolute path of the folder that holds the public samples. */
export const PUBLIC_DATA = resolve(import.meta.dirname, '../data/public');

/** The three samples, by their file names in `test/data/public/`. */
export type PublicFile =
  'lendingclub_sample_2000.csv' | 'cfpb_complaints_sample_6623.csv' | 'uci_default_credit_card_clients_30000.csv';

/** Text of one sample (UTF-8). Throws (ENOENT) when the file is missing: tests that need it fail. */
export function readPublic(file: PublicFile): string {
  return readFileSync(resolve(PUBLIC_DATA, file), 'utf8');
}
