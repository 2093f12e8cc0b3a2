import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DatabaseConfigError } from "./target";

/** An open embedded database and the lock that keeps other processes out of its folder. */
export type EmbeddedDatabase = { pglite: PGlite; dataDir: string; close: () => Promise<void> };

const LOCK_FILE = "factdesk.lock";

/**
 * Opens (creating if needed) the in-process PostgreSQL in `dataDir` and waits until it is ready.
 * Only one process may open a PGlite folder at a time; a second one would
 * corrupt it, so a lock file holding the owner's pid is taken first.
 */
export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const database = openEmbeddedDatabaseSync(dataDir);
  try {
    await database.pglite.waitReady;
  } catch (error) {
    await database.close().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseConfigError(`The embedded database in ${dataDir} could not be opened: ${reason}`);
  }
  return database;
}

/**
 * The same, without waiting: queries wait for readiness themselves. The app's
 * Prisma client is created synchronously, so it uses this one.
 */
export function openEmbeddedDatabaseSync(dataDir: string): EmbeddedDatabase {
  const pgDir = path.join(dataDir, "pgdata");
  fs.mkdirSync(pgDir, { recursive: true });
  const releaseLock = acquireLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = new PGlite(pgDir);
  } catch (error) {
    releaseLock();
    throw error;
  }
  let closed = false;
  return {
    pglite,
    dataDir,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        releaseLock();
      }
    },
  };
}

function acquireLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        fs.rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockPath, "utf8").trim());
      if (owner === process.pid) {
        throw new DatabaseConfigError(`The embedded database in ${dataDir} is already open in this process.`);
      }
      if (owner && isAlive(owner)) {
        throw new DatabaseConfigError(
          `The embedded database in ${dataDir} is in use by another Factdesk process (pid ${owner}). ` +
            "Stop that process first, or set FACTDESK_DATA_DIR to another folder.",
        );
      }
      // The owner died without cleaning up: the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseConfigError(`Could not lock the embedded database in ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
