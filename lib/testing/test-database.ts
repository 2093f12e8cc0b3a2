import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type EmbeddedDatabase, openEmbeddedDatabase } from "../db/embedded";
import { applyMigrations, type MigrationDatabase } from "../db/migrate";
import {
  type DatabaseTarget,
  type PgConnectionConfig,
  parsePostgresUrl,
  toPostgresUrl,
  withDatabase,
} from "../db/target";
import { PrismaClient } from "../generated/prisma/client";
import { copyMigratedTemplate } from "./embedded-template";

/** A throwaway database for one test file. Always `dispose()` it (in afterAll). */
export type TestDatabase = {
  /** Where it lives, in the same shape the app resolves from its environment. */
  target: DatabaseTarget;
  /** The throwaway database's URL (PostgreSQL only). */
  url?: string;
  /** Names applied while creating it (empty with `migrate: false`). */
  appliedMigrations: string[];
  /** Environment for a child process (the app, a script) that should use this database. */
  env: Record<string, string>;
  /**
   * A Prisma client on this database, created on first call and disconnected by dispose().
   * For the embedded database this opens its folder and holds it (and its lock) until
   * dispose(): code that opens `target` by itself cannot run alongside it.
   */
  getPrisma(): Promise<PrismaClient>;
  /**
   * Runs one SQL statement (with $1, $2… parameters) and returns the rows. On the embedded
   * database it goes through the same open PGlite as getPrisma (opening it if needed).
   */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /**
   * What to hand to lib/db/migrate: the open PGlite while this helper holds the embedded
   * database (opening the folder twice would fail on its lock), else `target`.
   */
  getMigrationDatabase(): MigrationDatabase;
  /** Disconnects, then drops the database (PostgreSQL) or deletes its folder (embedded). */
  dispose(): Promise<void>;
};

export type CreateTestDatabaseOptions = {
  /** Apply prisma/migrations first (default true). */
  migrate?: boolean;
  /** Where TEST_DATABASE_URL / DATABASE_URL are read from (default process.env). */
  env?: NodeJS.ProcessEnv;
};

/** The server integration tests should use, from TEST_DATABASE_URL or else DATABASE_URL; undefined means embedded. */
export function getTestServerUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return findTestServer(env)?.url;
}

function findTestServer(env: NodeJS.ProcessEnv): { url: string; variable: string } | undefined {
  for (const variable of ["TEST_DATABASE_URL", "DATABASE_URL"]) {
    const url = env[variable]?.trim();
    if (url) return { url, variable };
  }
  return undefined;
}

/**
 * Creates an empty, private database for one test file and (by default) migrates it:
 * - when TEST_DATABASE_URL or DATABASE_URL names a PostgreSQL server, a database
 *   `factdesk_test_<random>` on that server (the URL's own database is only used to
 *   create and drop it), so parallel runs never share data;
 * - otherwise the embedded PostgreSQL (PGlite) in a fresh temporary folder (a copy of
 *   a migrated template kept in the OS temp folder: a fresh PGlite takes ~4 s to create).
 *
 * @example
 * let db: TestDatabase;
 * beforeAll(async () => { db = await createTestDatabase(); });
 * afterAll(() => db.dispose());
 * it("…", async () => { const prisma = await db.getPrisma(); … });
 */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const server = findTestServer(options.env ?? process.env);
  const database = server
    ? await createServerDatabase(parsePostgresUrl(server.url, server.variable))
    : await createEmbeddedFolder();
  try {
    return { ...database, appliedMigrations: await migrate(database.target, options.migrate ?? true) };
  } catch (error) {
    await database.dispose();
    throw error;
  }
}

type Created = Omit<TestDatabase, "appliedMigrations">;

async function migrate(target: DatabaseTarget, wanted: boolean): Promise<string[]> {
  if (!wanted) return [];
  if (target.kind === "embedded") return copyMigratedTemplate(target.dataDir);
  return applyMigrations({ database: target });
}

async function createServerDatabase(server: PgConnectionConfig): Promise<Created> {
  const name = `factdesk_test_${randomBytes(6).toString("hex")}`;
  await runAdminCommand(server, `CREATE DATABASE "${name}"`);
  const config = withDatabase(server, name);
  const url = toPostgresUrl(config);
  let pool: pg.Pool | undefined;
  let prisma: PrismaClient | undefined;
  const getPool = () => {
    pool ??= new pg.Pool({ ...config, max: 2 });
    return pool;
  };
  return {
    target: { kind: "postgres", url, config },
    url,
    env: { DATABASE_URL: url },
    getPrisma: async () => {
      prisma ??= new PrismaClient({ adapter: new PrismaPg(config) });
      return prisma;
    },
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await getPool().query(sql, params)).rows as Row[],
    getMigrationDatabase: () => ({ kind: "postgres", url, config }),
    dispose: async () => {
      await prisma?.$disconnect();
      await pool?.end();
      await runAdminCommand(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** CREATE/DROP DATABASE through a short-lived connection to the server's own database. */
async function runAdminCommand(server: PgConnectionConfig, sql: string): Promise<void> {
  const client = new pg.Client(server);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createEmbeddedFolder(): Promise<Created> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "factdesk-test-"));
  const target: DatabaseTarget = { kind: "embedded", dataDir };
  let embedded: EmbeddedDatabase | undefined;
  let prisma: PrismaClient | undefined;
  const open = async () => {
    embedded ??= await openEmbeddedDatabase(dataDir);
    return embedded;
  };
  return {
    target,
    env: { FACTDESK_DATA_DIR: dataDir },
    getPrisma: async () => {
      const { pglite } = await open();
      prisma ??= new PrismaClient({ adapter: new PrismaPGlite(pglite) });
      return prisma;
    },
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await (await open()).pglite.query<Row>(sql, params)).rows,
    getMigrationDatabase: () => (embedded ? { kind: "pglite", pglite: embedded.pglite } : target),
    dispose: async () => {
      await prisma?.$disconnect();
      await embedded?.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
