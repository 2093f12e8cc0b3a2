import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type MigrationConnection, ScriptFailureLog, withScriptRunner } from "./connection";

/**
 * Migrates through a PGlite the caller holds open (never closed here).
 * Shadow databases are fresh in-memory PGlite instances, closed as soon as
 * the engine releases them; pglite-prisma-adapter's own shadow database is
 * never closed, and its executeScript does not await the script (see
 * withScriptRunner), so both are replaced.
 */
export function openPgliteConnection(pglite: PGlite): MigrationConnection {
  const failures = new ScriptFailureLog();
  const shadows = new Set<PGlite>();
  const runOn = (target: PGlite) => (script: string) => target.exec(script);

  const closeShadow = async (shadow: PGlite) => {
    if (!shadows.delete(shadow)) return;
    await shadow.close();
  };

  const connectToShadowDb = async (): Promise<SqlDriverAdapter> => {
    const shadow = await PGlite.create();
    shadows.add(shadow);
    const adapter = await new PrismaPGlite(shadow).connect();
    return withScriptRunner(adapter, runOn(shadow), failures, () => closeShadow(shadow));
  };

  const connect = async () =>
    withScriptRunner(await new PrismaPGlite(pglite).connect(), runOn(pglite), failures);

  return {
    factory: { provider: "postgres", adapterName: "factdesk-migrate-pglite", connect, connectToShadowDb },
    queryRows: async (sql) => (await pglite.query<Record<string, unknown>>(sql)).rows,
    lastScriptFailure: () => failures.latest(),
    close: async () => {
      for (const shadow of [...shadows]) await closeShadow(shadow);
    },
  };
}
