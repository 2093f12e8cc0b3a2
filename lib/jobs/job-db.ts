import type { PGlite } from "@electric-sql/pglite";
import type PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * pg-boss on the embedded database: its SQL goes through the app's one PGlite instance (PGlite has a
 * single connection and no LISTEN/NOTIFY is needed: workers poll). PGlite runs one statement or
 * transaction at a time, so pg-boss's calls simply queue behind the app's own.
 */
export function pgliteJobDb(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
      // Without parameters pg-boss sends scripts (install, migrations, maintenance), some of them
      // `BEGIN; …; COMMIT;`. Inside PGlite's own transaction, a failing script is rolled back before
      // anyone else may use the connection, instead of leaving it in an aborted transaction.
      const results = await pglite.transaction((tx) => tx.exec(text));
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

/**
 * pg-boss inside a Prisma transaction, so a job is enqueued together with the rows it is about
 * (`boss.insert(jobs, { db })`): both are written, or neither. Only for single statements with parameters.
 */
export function transactionJobDb(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values) {
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? [])) };
    },
  };
}
