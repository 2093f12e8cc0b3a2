import type { HistoryDiagnostic } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationConnection } from "./connection";
import { cleanEngineMessage, MigrationError } from "./errors";
import { DEFAULT_MIGRATIONS_DIR, getMigrationNames, readMigrationsList } from "./migrations-folder";
import { type MigrationCommandOptions, withMigrationConnection } from "./open";
import { NO_FILTERS, withSchemaEngine } from "./wasm-engine";

export type MigrationStatusOptions = MigrationCommandOptions;

/** How the database's migration history compares with the migrations folder. */
export type MigrationStatus = {
  /** Folders in the migrations folder, in order. */
  local: string[];
  /** Finished and not rolled back, as recorded in `_prisma_migrations`, in order applied. */
  applied: string[];
  /** In the folder, not yet applied: what applyMigrations would run. */
  pending: string[];
  /** Recorded as started but never finished (they block applyMigrations). */
  failed: string[];
  /** Applied, but their migration.sql has changed since (checksum mismatch). */
  edited: string[];
  /** Applied to the database, but missing from the folder. */
  missingLocally: string[];
  /** The folder and the database disagree about the past, beyond pending migrations. */
  diverged: boolean;
  /** Nothing pending, failed, edited or diverged. */
  upToDate: boolean;
};

/**
 * Compares the migrations folder with `_prisma_migrations`
 * (the engine's diagnoseMigrationHistory, as `prisma migrate status` does).
 * Reads only: nothing is applied and no shadow database is used.
 */
export async function migrationStatus(options: MigrationStatusOptions): Promise<MigrationStatus> {
  const list = await readMigrationsList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  return withMigrationConnection(options, (connection) =>
    withSchemaEngine(connection.factory, undefined, async (engine) => {
      const diagnosis = await engine
        .diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTERS })
        .catch((error: unknown) => {
          throw error instanceof Error ? new MigrationError(cleanEngineMessage(error.message)) : error;
        });
      const applied = diagnosis.hasMigrationsTable ? await getAppliedMigrationNames(connection) : [];
      const local = getMigrationNames(list);
      const { pending, missingLocally, diverged } = readHistory(diagnosis.history, local, applied);
      const { failedMigrationNames: failed, editedMigrationNames: edited } = diagnosis;
      const upToDate = !diverged && pending.length === 0 && failed.length === 0 && edited.length === 0;
      return { local, applied, pending, failed, edited, missingLocally, diverged, upToDate };
    }),
  );
}

async function getAppliedMigrationNames(connection: MigrationConnection): Promise<string[]> {
  const rows = await connection.queryRows(
    "SELECT migration_name FROM _prisma_migrations " +
      "WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at, migration_name",
  );
  return rows.map((row) => String(row.migration_name));
}

function readHistory(history: HistoryDiagnostic | null, local: string[], applied: string[]) {
  if (history === null) return { pending: [], missingLocally: [], diverged: false };
  switch (history.diagnostic) {
    case "databaseIsBehind":
      return { pending: history.unappliedMigrationNames, missingLocally: [], diverged: false };
    case "migrationsDirectoryIsBehind":
      return { pending: [], missingLocally: history.unpersistedMigrationNames, diverged: true };
    case "historiesDiverge":
      return {
        pending: history.unappliedMigrationNames,
        missingLocally: history.unpersistedMigrationNames,
        diverged: true,
      };
    default:
      // A diagnostic this version does not know: report everything unapplied as pending.
      return { pending: local.filter((name) => !applied.includes(name)), missingLocally: [], diverged: true };
  }
}
