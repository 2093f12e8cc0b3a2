import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import {
  applyMigrations,
  createMigration,
  MigrationError,
  markMigrationRolledBack,
  migrationStatus,
} from ".";

// Runs against real PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) is set,
// else against the embedded PGlite: see lib/testing/test-database.ts.

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
const MODEL_TABLES = ["User", "Workspace", "Membership", "Article", "ArticleVersion", "Claim", "AuditEvent"];

let db: TestDatabase;
let scratch: string;
let localNames: string[];

async function listFolders(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** A private copy of prisma/migrations, so tests never write into the repository. */
async function copyMigrations(name: string): Promise<string> {
  const dir = path.join(scratch, name);
  await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), "factdesk-migrate-"));
  localNames = (await listFolders(MIGRATIONS_DIR)).sort();
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.dispose();
  await fs.rm(scratch, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("applies every migration to a fresh database and records it as prisma migrate deploy does", async () => {
    expect(localNames.length).toBeGreaterThan(0);
    expect(db.appliedMigrations).toEqual(localNames);

    const tables = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    const names = tables.map((row) => row.table_name);
    for (const table of [...MODEL_TABLES, "_prisma_migrations"]) expect(names).toContain(table);

    const rows = await db.query<Record<string, unknown>>(
      "SELECT * FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((row) => row.migration_name)).toEqual(localNames);
    for (const row of rows) {
      const sql = await fs.readFile(path.join(MIGRATIONS_DIR, String(row.migration_name), "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.started_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(String(row.id)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("applies nothing the second time", async () => {
    await expect(applyMigrations({ database: db.getMigrationDatabase() })).resolves.toEqual([]);
    const [count] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM _prisma_migrations");
    expect(count?.n).toBe(localNames.length);
  });

  it("names a failing migration and quotes the database, then lets it be retried once resolved", async () => {
    const dir = await copyMigrations("broken");
    const broken = "20990101000000_broken";
    await fs.mkdir(path.join(dir, broken));
    const file = path.join(dir, broken, "migration.sql");
    await fs.writeFile(file, 'CREATE TABLE "KeptIfNotAtomic" (id int);\nCREATE TABLE oops (;\n');
    const database = db.getMigrationDatabase();

    const error = await applyMigrations({ database, migrationsDir: dir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migrationName).toBe(broken);
    expect((error as Error).message).toContain(broken);
    expect((error as Error).message).toContain('syntax error at or near ";"');
    const kept = await db.query(
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'KeptIfNotAtomic'",
    );
    expect(kept).toHaveLength(0); // the whole script is one transaction

    const failed = await migrationStatus({ database, migrationsDir: dir });
    expect(failed.failed).toEqual([broken]);
    expect(failed.upToDate).toBe(false);
    const blocked = await applyMigrations({ database, migrationsDir: dir }).catch(
      (caught: unknown) => caught,
    );
    expect((blocked as Error).message).toMatch(/20990101000000_broken failed earlier/);

    await markMigrationRolledBack({ database, migrationsDir: dir, name: broken });
    await fs.writeFile(file, 'CREATE TABLE "FixedLater" (id int);\n');
    await expect(applyMigrations({ database, migrationsDir: dir })).resolves.toEqual([broken]);
  });
});

describe("migrationStatus", () => {
  it("reports pending migrations on a fresh database and applied ones after migrating", async () => {
    const fresh = await createTestDatabase({ migrate: false });
    try {
      const database = fresh.getMigrationDatabase();
      const before = await migrationStatus({ database });
      expect(before).toMatchObject({ local: localNames, applied: [], pending: localNames, upToDate: false });
      expect(before.diverged).toBe(false);

      await applyMigrations({ database });
      const after = await migrationStatus({ database });
      expect(after).toMatchObject({
        applied: localNames,
        pending: [],
        failed: [],
        edited: [],
        upToDate: true,
      });
    } finally {
      await fresh.dispose();
    }
  });

  it("notices a migration edited after it was applied", async () => {
    const dir = await copyMigrations("edited");
    const first = localNames[0] ?? "";
    await fs.appendFile(path.join(dir, first, "migration.sql"), "\n-- edited\n");
    const status = await migrationStatus({ database: db.getMigrationDatabase(), migrationsDir: dir });
    expect(status.edited).toContain(first);
    expect(status.upToDate).toBe(false);
  });
});

describe("createMigration", () => {
  it("writes nothing when the schema matches the migrations (hand-written triggers included)", async () => {
    const dir = await copyMigrations("unchanged");
    const before = await fs.readdir(dir);
    const result = await createMigration({
      database: db.getMigrationDatabase(),
      name: "nothing",
      migrationsDir: dir,
    });
    expect(result).toEqual({ created: false });
    expect(await fs.readdir(dir)).toEqual(before);
  });

  it("writes a migration with CREATE TABLE for a new model, which then applies", async () => {
    const dir = await copyMigrations("changed");
    const schemaPath = path.join(scratch, "schema-with-widget.prisma");
    const schema = await fs.readFile(SCHEMA_PATH, "utf8");
    await fs.writeFile(schemaPath, `${schema}\nmodel TestWidget {\n  id   String @id\n  name String\n}\n`);
    const database = db.getMigrationDatabase();

    const result = await createMigration({ database, name: "Add widget", migrationsDir: dir, schemaPath });
    if (!result.created) throw new Error("expected a migration");
    expect(result.name).toMatch(/^\d{14}_add_widget$/);
    expect(result.file).toBe(path.join(dir, result.name, "migration.sql"));
    const written = await fs.readFile(result.file, "utf8");
    expect(written).toBe(result.script);
    expect(written).toContain('CREATE TABLE "TestWidget"');

    await expect(applyMigrations({ database, migrationsDir: dir })).resolves.toEqual([result.name]);
    const again = await createMigration({ database, name: "again", migrationsDir: dir, schemaPath });
    expect(again).toEqual({ created: false });
  });
});
