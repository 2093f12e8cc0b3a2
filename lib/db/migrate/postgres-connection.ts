import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { type PgConnectionConfig, withDatabase } from "../target";
import { type MigrationConnection, ScriptFailureLog, withScriptRunner } from "./connection";
import { DatabaseConnectionError, findConnectionFailure, MigrationError } from "./errors";

// PostgreSQL's internal single-byte type "char" (pg_type OID 18, not char(n)):
// the schema describer reads catalog columns of this type, and adapter-pg
// 7.10.1 has no column type for it ("Column type 'char' could not be
// deserialized"). Its values arrive as one-character strings, so reporting
// the column as text (OID 25) is exact. Done here, for this tool's own
// connections only, so the app's queries are untouched.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function retypeCharColumns<T>(result: T): T {
  const results = (Array.isArray(result) ? result : [result]) as QueryResultLike[];
  for (const one of results) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

/** Wraps one pg client's `query` (callback and promise forms) to retype "char" columns. */
function patchClientQuery(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) =>
        last(error, error ? result : retypeCharColumns(result));
      return original(...args);
    }
    const returned = original(...args);
    return returned instanceof Promise ? returned.then(retypeCharColumns) : returned;
  };
  client.query = patched as typeof client.query;
}

/**
 * A pool built from separate fields: given `connectionString`, node-postgres
 * would let it override `database`, pointing shadow connections at the main
 * database. Every new client gets the "char" patch before its first query.
 */
function createPool(config: PgConnectionConfig): pg.Pool {
  const { host, port, user, password, database, ssl } = config;
  const pool = new pg.Pool({ host, port, user, password, database, ssl, max: 4 });
  pool.on("connect", patchClientQuery);
  pool.on("error", () => {}); // an idle client dropped by the server must not crash the CLI
  return pool;
}

/** Fails early, with one clear line, when the server is down or refuses the login. */
async function checkConnection(pool: pg.Pool, config: PgConnectionConfig): Promise<void> {
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    const reason = findConnectionFailure(error);
    if (!reason) throw error;
    const detail =
      reason === "the database does not exist" ? `database "${config.database}" does not exist` : reason;
    throw new DatabaseConnectionError(config.host, config.port, detail, error);
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Opens the main database of `config` for the schema engine.
 * Shadow databases (needed to replay the migrations folder for `create`) are
 * created and dropped here rather than by adapter-pg, whose release drops the
 * database before closing its pool and fails with "being accessed by other
 * users"; ours ends the pool first and drops WITH (FORCE).
 */
export async function openPostgresConnection(config: PgConnectionConfig): Promise<MigrationConnection> {
  const pool = createPool(config);
  try {
    await checkConnection(pool, config);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const failures = new ScriptFailureLog();
  const shadows = new Map<string, pg.Pool>();
  const runOn = (target: pg.Pool) => (script: string) => target.query(script);

  const dropShadow = async (name: string) => {
    const shadowPool = shadows.get(name);
    shadows.delete(name);
    await shadowPool?.end();
    await pool.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  };

  const connectToShadowDb = async (): Promise<SqlDriverAdapter> => {
    const name = `factdesk_shadow_${randomBytes(6).toString("hex")}`;
    try {
      await pool.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(
        `Could not create a shadow database on ${config.host}:${config.port} (${reason}). ` +
          "Creating migrations needs a role allowed to CREATE DATABASE.",
      );
    }
    const shadowPool = createPool(withDatabase(config, name));
    shadows.set(name, shadowPool);
    const adapter = await new PrismaPg(shadowPool).connect();
    return withScriptRunner(adapter, runOn(shadowPool), failures, () => dropShadow(name));
  };

  const connect = async () => withScriptRunner(await new PrismaPg(pool).connect(), runOn(pool), failures);

  return {
    factory: { provider: "postgres", adapterName: "factdesk-migrate-pg", connect, connectToShadowDb },
    queryRows: async (sql) => (await pool.query(sql)).rows,
    lastScriptFailure: () => failures.latest(),
    close: async () => {
      for (const name of [...shadows.keys()]) await dropShadow(name);
      await pool.end();
    },
  };
}
