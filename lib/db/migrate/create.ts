import fs from "node:fs/promises";
import path from "node:path";
import type { DiffTarget, MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { ScriptFailure } from "./connection";
import { cleanEngineMessage, formatDatabaseMessage, MigrationError } from "./errors";
import {
  checkLockfileProvider,
  createMigrationFolderName,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  LOCKFILE_CONTENT,
  readMigrationsList,
  writeMigration,
} from "./migrations-folder";
import { type MigrationCommandOptions, withMigrationConnection } from "./open";
import { NO_FILTERS, type SchemaEngine, withSchemaEngine } from "./wasm-engine";

export type CreateMigrationOptions = MigrationCommandOptions & {
  /** Describes the change, e.g. "add_source_language"; becomes `<timestamp>_<name>`. */
  name: string;
  /** Defaults to prisma/schema.prisma under the working directory. */
  schemaPath?: string;
};

export type CreateMigrationResult =
  | { created: false }
  | { created: true; name: string; file: string; script: string };

/**
 * Writes `<migrationsDir>/<YYYYMMDDHHMMSS>_<name>/migration.sql` holding the
 * SQL that takes a database from what the migrations folder builds (replayed
 * on a throwaway shadow database) to what the Prisma schema describes.
 * When they already agree, writes nothing and returns `{ created: false }`.
 * Objects the schema cannot express (triggers, functions) are not compared,
 * so SQL added to a migration by hand does not show up as a change.
 * The migration is not applied: run applyMigrations for that.
 */
export async function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const folderName = createMigrationFolderName(options.name, new Date());
  const list = await readMigrationsList(migrationsDir);
  checkLockfileProvider(list);
  const schemaPath = path.resolve(options.schemaPath ?? DEFAULT_SCHEMA_PATH);
  const schema = await fs.readFile(schemaPath, "utf8");
  const script = await withMigrationConnection(
    { database: options.database, shadowOnly: true },
    (connection) =>
      withSchemaEngine(connection.factory, [[schemaPath, schema]], (engine) =>
        getSchemaDiff(engine, list, { path: schemaPath, content: schema }).catch((error: unknown) => {
          throw toCreateError(error, connection.lastScriptFailure());
        }),
      ),
  );
  if (script === null) return { created: false };
  const file = await writeMigration(migrationsDir, folderName, script);
  return { created: true, name: folderName, file, script };
}

/** The SQL from the migrations' end state to the schema, or null when there is no difference. */
async function getSchemaDiff(
  engine: SchemaEngine,
  list: MigrationList,
  schemaFile: { path: string; content: string },
): Promise<string | null> {
  // The engine's own createMigration refuses to build a shadow database
  // through a driver adapter on PostgreSQL ("must be provided through an
  // external factory"); `diff` from a migrations folder accepts one. With no
  // migrations yet, diffing from the empty schema needs no shadow database.
  const lockfile = { ...list.lockfile, content: list.lockfile.content ?? LOCKFILE_CONTENT };
  const from: DiffTarget =
    list.migrationDirectories.length === 0 ? { tag: "empty" } : { tag: "migrations", ...list, lockfile };
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [schemaFile] },
    script: true,
    exitCode: true, // 2 when there are changes, 0 when the diff is empty
    filters: NO_FILTERS,
  });
  return result.exitCode === 2 && result.stdout ? result.stdout : null;
}

function toCreateError(error: unknown, failure: ScriptFailure | undefined): unknown {
  if (!(error instanceof Error) || error.name !== "SchemaConnectorError") return error;
  const migrationName = /Migration `([^`]+)` failed to apply cleanly/.exec(error.message)?.[1];
  if (migrationName && failure) {
    const databaseMessage = formatDatabaseMessage(failure.error);
    return new MigrationError(
      `Migration ${migrationName} does not apply cleanly to an empty database: PostgreSQL said: ${databaseMessage}`,
      { migrationName, databaseMessage },
    );
  }
  return new MigrationError(cleanEngineMessage(error.message), { migrationName });
}
