import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { parsePostgresUrl, toPostgresUrl, withDatabase } from "@/lib/db/target";
import { benchServerUrl } from "./stats";

export type BenchDatabase = { name: string; url: string; drop: () => Promise<void> };

/**
 * A throwaway PostgreSQL database `factdesk_bench_<random>` on the bench server
 * (BENCH_DATABASE_URL …, see benchServerUrl), migrated with the project's own
 * migration code. `drop()` removes it, closing any connection still open to it.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const server = parsePostgresUrl(benchServerUrl(), "BENCH_DATABASE_URL");
  const name = `factdesk_bench_${randomBytes(6).toString("hex")}`;
  await runAdminCommand(server, `CREATE DATABASE "${name}"`);
  const config = withDatabase(server, name);
  const url = toPostgresUrl(config);
  let isDropped = false;
  const drop = async () => {
    if (isDropped) return;
    isDropped = true;
    await runAdminCommand(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    await applyMigrations({ database: { kind: "postgres", url, config } });
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, drop };
}

async function runAdminCommand(server: pg.ClientConfig, sql: string): Promise<void> {
  const client = new pg.Client(server);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
