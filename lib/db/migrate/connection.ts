import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseTarget } from "../target";
import { isPostgresError, type PostgresErrorFields, toDriverAdapterError } from "./errors";

/**
 * Where to migrate: a target from lib/db/target.ts (the tool opens and closes
 * it), or a PGlite the caller already holds open (the app, which owns the
 * embedded database's lock while it runs).
 */
export type MigrationDatabase = DatabaseTarget | { kind: "pglite"; pglite: PGlite };

/** A migration script the database refused, kept to name the migration in errors. */
export type ScriptFailure = { script: string; error: PostgresErrorFields };

/** What the migration commands need from a database, whichever kind it is. */
export type MigrationConnection = {
  /** Driver adapters for the main database and for throwaway shadow databases. */
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Plain reads of our own (e.g. the `_prisma_migrations` rows). */
  queryRows(sql: string): Promise<Record<string, unknown>[]>;
  /** The last script the database refused, if any. */
  lastScriptFailure(): ScriptFailure | undefined;
  /** Releases pools, shadow databases and anything this connection opened. */
  close(): Promise<void>;
};

/** Remembers the last refused script for error messages. */
export class ScriptFailureLog {
  private last: ScriptFailure | undefined;

  record(script: string, error: unknown): void {
    if (isPostgresError(error)) this.last = { script, error };
  }

  latest(): ScriptFailure | undefined {
    return this.last;
  }
}

/**
 * Returns `adapter` with its executeScript replaced by `runScript`.
 * Both upstream adapters get migration scripts wrong:
 * - adapter-pg splits the script on ";" and runs the pieces one by one,
 *   which breaks any `$$ ... ; ... $$` function body (our AuditEvent
 *   trigger) and loses the all-or-nothing of a single multi-statement query;
 * - pglite-prisma-adapter calls `pglite.exec(script)` without awaiting it, so
 *   a failing migration is recorded as applied and its error goes unhandled.
 * `runScript` sends the whole script as one simple query, which PostgreSQL
 * runs in one implicit transaction, as the native engine does.
 */
export function withScriptRunner(
  adapter: SqlDriverAdapter,
  runScript: (script: string) => Promise<unknown>,
  failures: ScriptFailureLog,
  dispose: () => Promise<void> = () => adapter.dispose(),
): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose,
    executeScript: async (script) => {
      try {
        await runScript(script);
      } catch (error) {
        failures.record(script, error);
        throw isPostgresError(error) ? toDriverAdapterError(error) : error;
      }
    },
  };
}
