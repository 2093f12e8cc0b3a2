import { PGlite } from "@electric-sql/pglite";
import { openEmbeddedDatabase } from "../embedded";
import type { MigrationConnection, MigrationDatabase } from "./connection";
import { openPgliteConnection } from "./pglite-connection";
import { openPostgresConnection } from "./postgres-connection";

export type OpenMigrationConnectionOptions = {
  database: MigrationDatabase;
  /**
   * The command only needs shadow databases (creating a migration diffs the
   * migrations folder against the schema). For the embedded database this
   * skips opening its folder, so `create` works while the app holds it.
   */
  shadowOnly?: boolean;
};

/** Opens the database a migration command works on; always `close()` the result. */
export async function openMigrationConnection(
  options: OpenMigrationConnectionOptions,
): Promise<MigrationConnection> {
  const { database, shadowOnly = false } = options;
  if (database.kind === "postgres") return openPostgresConnection(database.config);
  if (database.kind === "pglite") return openPgliteConnection(database.pglite);
  if (shadowOnly) return openOwnedPglite(await PGlite.create());
  const embedded = await openEmbeddedDatabase(database.dataDir);
  const connection = openPgliteConnection(embedded.pglite);
  return { ...connection, close: () => closeBoth(connection, embedded.close) };
}

/** A PGlite this module created, closed along with the connection. */
function openOwnedPglite(pglite: PGlite): MigrationConnection {
  const connection = openPgliteConnection(pglite);
  return { ...connection, close: () => closeBoth(connection, () => pglite.close()) };
}

async function closeBoth(connection: MigrationConnection, closeDatabase: () => Promise<void>): Promise<void> {
  try {
    await connection.close();
  } finally {
    await closeDatabase();
  }
}

/** Runs `work` on an open connection and closes it afterwards, even on failure. */
export async function withMigrationConnection<T>(
  options: OpenMigrationConnectionOptions,
  work: (connection: MigrationConnection) => Promise<T>,
): Promise<T> {
  const connection = await openMigrationConnection(options);
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

/** What every migration command takes: the database, and the migrations folder. */
export type MigrationCommandOptions = {
  database: MigrationDatabase;
  /** Defaults to prisma/migrations under the working directory. */
  migrationsDir?: string;
};
