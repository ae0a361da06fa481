/** Folder of initdb / pg_ctl: PG_BIN, else /usr/lib/postgresql/<newest>/bin, else PATH; or null. */
export function postgresBin(env?: Record<string, string | undefined>): string | null;
/** A running throw-away PostgreSQL server. */
export interface TempPostgres {
  /** `postgres://collectkit@127.0.0.1:<port>/postgres` */
  url: string;
  /** Its folder (data, socket, log). */
  dir: string;
  /** The postmaster's process id. */
  pid: number;
  /** Stops the server and removes its folder. */
  stop(): void;
}
/** Starts a throw-away server on a free loopback port; `settings`: extra server settings. */
export function startTempPostgres(bin: string, settings?: Record<string, string | number>): Promise<TempPostgres>;
