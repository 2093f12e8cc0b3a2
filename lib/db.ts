import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type EmbeddedDatabase, openEmbeddedDatabaseSync } from "./db/embedded";
import { type DatabaseTarget, resolveDatabaseTarget } from "./db/target";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient } from "./generated/prisma/client";

type Connection = { prisma: PrismaClient; embedded?: EmbeddedDatabase; pool?: pg.Pool };

// One client per process, kept on globalThis so that Next's dev reloads and
// separately bundled routes share it (and the embedded database's lock).
const globalForDb = globalThis as typeof globalThis & { __factdeskDb?: Connection };

/** Creates a client for the given target. Callers own it and must call disconnectPrisma-like cleanup. */
export function createPrismaClient(target: DatabaseTarget): Connection {
  if (target.kind === "postgres") {
    // The pool is made here, not by the adapter, so that the server can report how it stands.
    const pool = new pg.Pool(target.config);
    return { prisma: new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }), pool };
  }
  const embedded = openEmbeddedDatabaseSync(target.dataDir);
  return { prisma: new PrismaClient({ adapter: new PrismaPGlite(embedded.pglite) }), embedded };
}

/**
 * The process's Prisma client: PostgreSQL through adapter-pg when DATABASE_URL
 * is set, else the embedded PostgreSQL in FACTDESK_DATA_DIR (default .data/).
 */
export function getPrisma(): PrismaClient {
  globalForDb.__factdeskDb ??= createPrismaClient(resolveDatabaseTarget());
  return globalForDb.__factdeskDb.prisma;
}

/**
 * The embedded database behind getPrisma(), or undefined on PostgreSQL. PGlite has one connection, so
 * whatever else talks to it (the job queue) must go through this same instance.
 */
export function getEmbeddedDatabase(): EmbeddedDatabase | undefined {
  getPrisma();
  return globalForDb.__factdeskDb?.embedded;
}

/**
 * How the process's PostgreSQL connections stand, for the server's log of slow requests: a request
 * waiting for a connection is told apart from one waiting on the database. Null on the embedded one.
 */
export function describeDatabasePool(): string | null {
  const pool = globalForDb.__factdeskDb?.pool;
  if (!pool) return null;
  return `database pool: ${pool.totalCount} open, ${pool.idleCount} idle, ${pool.waitingCount} waiting`;
}

/** Closes the process's client (and the embedded database), so scripts can exit. */
export async function disconnectPrisma(): Promise<void> {
  const connection = globalForDb.__factdeskDb;
  if (!connection) return;
  globalForDb.__factdeskDb = undefined;
  await connection.prisma.$disconnect();
  await connection.embedded?.close();
}
