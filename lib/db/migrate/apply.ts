import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { ScriptFailure } from "./connection";
import { cleanEngineMessage, formatDatabaseMessage, MigrationError } from "./errors";
import { DEFAULT_MIGRATIONS_DIR, readMigrationsList } from "./migrations-folder";
import { type MigrationCommandOptions, withMigrationConnection } from "./open";
import { NO_FILTERS, withSchemaEngine } from "./wasm-engine";

export type ApplyMigrationsOptions = MigrationCommandOptions;

/**
 * Applies the migrations of the migrations folder that the database has not
 * seen yet, in name order, recording each in `_prisma_migrations` exactly as
 * `prisma migrate deploy` does (it is the same engine). Returns the names
 * applied; an up-to-date database gives []. Throws a MigrationError naming
 * the failing migration and quoting the database.
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const list = await readMigrationsList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  return withMigrationConnection(options, (connection) =>
    withSchemaEngine(connection.factory, undefined, async (engine) => {
      try {
        const output = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS });
        return output.appliedMigrationNames;
      } catch (error) {
        throw toApplyError(error, list, connection.lastScriptFailure());
      }
    }),
  );
}

export type MarkMigrationRolledBackOptions = MigrationCommandOptions & { name: string };

/**
 * Marks a failed migration as rolled back (`prisma migrate resolve
 * --rolled-back`), after its effects were undone by hand, so that
 * applyMigrations will try it again. The failed row stays as an audit trail.
 */
export async function markMigrationRolledBack(options: MarkMigrationRolledBackOptions): Promise<void> {
  await withMigrationConnection(options, (connection) =>
    withSchemaEngine(connection.factory, undefined, async (engine) => {
      try {
        await engine.markMigrationRolledBack({ migrationName: options.name });
      } catch (error) {
        throw toEngineMigrationError(error);
      }
    }),
  );
}

/**
 * The migration whose script the database refused. The engine names it only
 * in its span trace, so the refused script is matched against the folder.
 */
function findFailedMigration(list: MigrationList, failure: ScriptFailure | undefined): string | undefined {
  const match = list.migrationDirectories.find((directory) => {
    const content = directory.migrationFile.content;
    return content.tag === "ok" && content.value === failure?.script;
  });
  return match?.path;
}

function toApplyError(error: unknown, list: MigrationList, failure: ScriptFailure | undefined): unknown {
  if (!(error instanceof Error) || error.name !== "SchemaConnectorError") return error;
  const migrationName = findFailedMigration(list, failure);
  if (!migrationName || !failure) return toEngineMigrationError(error);
  const databaseMessage = formatDatabaseMessage(failure.error);
  return new MigrationError(
    `Migration ${migrationName} failed: PostgreSQL said: ${databaseMessage}. ` +
      "The migration ran as one transaction, so none of it was kept. Fix it, then run " +
      `\`tsx scripts/db.ts resolve --rolled-back ${migrationName}\` and migrate again.`,
    { migrationName, databaseMessage },
  );
}

/** Engine errors (a known code like P3009, or a connector error) as one-line MigrationErrors. */
function toEngineMigrationError(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== "SchemaConnectorError") return error;
  const code = (error as { code?: unknown }).code;
  const failed = /The `([^`]+)` migration started at .* failed/.exec(error.message)?.[1];
  if (code === "P3009" && failed) {
    return new MigrationError(
      `Migration ${failed} failed earlier and is still marked as failed in _prisma_migrations, ` +
        "so no new migrations are applied. Undo whatever it left behind, then run " +
        `\`tsx scripts/db.ts resolve --rolled-back ${failed}\` and migrate again.`,
      { migrationName: failed },
    );
  }
  const prefix = typeof code === "string" ? `${code}: ` : "";
  return new MigrationError(`${prefix}${cleanEngineMessage(error.message)}`);
}
