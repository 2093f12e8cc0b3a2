import path from "node:path";
import type { EnvSource } from "../env";

/** Where Factdesk's data lives: a PostgreSQL server, or the embedded database in a folder. */
export type DatabaseTarget =
  | { kind: "postgres"; url: string; config: PgConnectionConfig }
  | { kind: "embedded"; dataDir: string };

/**
 * Connection settings as separate fields. node-postgres lets `connectionString`
 * override `database`, which would point Prisma's shadow database at the main
 * one, so adapters are always given fields, never the URL.
 */
export type PgConnectionConfig = {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl?: boolean;
};

/** A configuration problem worth one clear line to the user, never a stack trace. */
export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export const DEFAULT_DATA_DIR = ".data";

/** Picks the database from DATABASE_URL, else the embedded one in FACTDESK_DATA_DIR (default .data). */
export function resolveDatabaseTarget(env: EnvSource = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url, config: parsePostgresUrl(url, "DATABASE_URL") };
  // A runtime data folder, not a build input: keep Next's file tracer out of it.
  const dataDir = path.resolve(/* turbopackIgnore: true */ env.FACTDESK_DATA_DIR?.trim() || DEFAULT_DATA_DIR);
  return { kind: "embedded", dataDir };
}

/** Parses a postgres:// URL; `variable` names the setting in the error message. */
export function parsePostgresUrl(url: string, variable: string): PgConnectionConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConfigError(
      `${variable} is not a valid URL (expected postgresql://user:password@host:5432/database).`,
    );
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new DatabaseConfigError(`${variable} must start with postgresql:// (got ${parsed.protocol}//).`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!database) {
    throw new DatabaseConfigError(`${variable} names no database (add /<database> after the host).`);
  }
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || "postgres",
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database,
    ssl: sslmode === "require" || sslmode === "verify-full" || sslmode === "verify-ca",
  };
}

/** The same server with another database name, e.g. for a throwaway test or shadow database. */
export function withDatabase(config: PgConnectionConfig, database: string): PgConnectionConfig {
  return { ...config, database };
}

/** A URL for the given settings (for child processes and the Prisma CLI). */
export function toPostgresUrl(config: PgConnectionConfig): string {
  const auth = config.password
    ? `${encodeURIComponent(config.user)}:${encodeURIComponent(config.password)}`
    : encodeURIComponent(config.user);
  const query = config.ssl ? "?sslmode=require" : "";
  return `postgresql://${auth}@${config.host}:${config.port}/${encodeURIComponent(config.database)}${query}`;
}
