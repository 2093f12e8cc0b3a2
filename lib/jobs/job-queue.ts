import PgBoss from "pg-boss";
import { getEmbeddedDatabase } from "@/lib/db";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { pgliteJobDb } from "./job-db";

/** The schema pg-boss creates for itself at start (its own tables, not a Prisma migration). */
export const JOB_SCHEMA = "pgboss";

/** A queue the process uses: its name and pg-boss options (retries, expiry). */
export type QueueDefinition = { name: string } & Omit<PgBoss.Queue, "name">;

type ProcessQueue = { boss: PgBoss; started: Promise<PgBoss>; isWorker: boolean; connection: unknown };

// One pg-boss per process, kept on globalThis like the Prisma client (Next's dev reloads re-run modules).
const globalForJobs = globalThis as typeof globalThis & { __factdeskJobQueue?: ProcessQueue };

const queues = new Map<string, QueueDefinition>();

/** Declares a queue; getJobQueue() creates every declared queue before it answers. */
export function defineQueue(definition: QueueDefinition): QueueDefinition {
  queues.set(definition.name, definition);
  return definition;
}

/**
 * The process's job queue, started: pg-boss's schema installed (or migrated) and every declared
 * queue created, so jobs can be enqueued. Never call it inside a transaction: on the embedded
 * database the transaction holds the one connection pg-boss would wait for.
 *
 * `isWorker` (the app server, see lib/jobs/start-workers.ts) also runs pg-boss's maintenance, which
 * puts jobs whose worker died (the app stopped mid-job) back in the queue. Scripts and tests that
 * only enqueue leave it off, so nothing keeps them running.
 */
export async function getJobQueue(options: { isWorker?: boolean } = {}): Promise<PgBoss> {
  const isWorker = options.isWorker ?? false;
  const connection = currentConnection();
  const current = globalForJobs.__factdeskJobQueue;
  if (current && current.connection === connection && (current.isWorker || !isWorker)) return current.started;
  if (current) await stopJobQueue();
  const boss = new PgBoss(bossOptions(connection, isWorker));
  // pg-boss reports lost connections and failed maintenance as events; an unheard "error" would crash the process.
  boss.on("error", (error) => console.error("[jobs] queue error:", error.message));
  const started = boss.start().then(async () => {
    for (const { name, ...options } of queues.values()) {
      // createQueue leaves an existing queue as it was; updateQueue carries changed options
      // (retries, expiry) to databases whose queue an earlier release created.
      await boss.createQueue(name, { name, ...options });
      await boss.updateQueue(name, { name, ...options });
    }
    return boss;
  });
  globalForJobs.__factdeskJobQueue = { boss, started, isWorker, connection };
  try {
    return await started;
  } catch (error) {
    if (globalForJobs.__factdeskJobQueue?.boss === boss) globalForJobs.__factdeskJobQueue = undefined;
    throw error;
  }
}

/** The started queue if there is one (for a worker's wake-up call), without starting it. */
export function findStartedJobQueue(): PgBoss | undefined {
  const current = globalForJobs.__factdeskJobQueue;
  return current && current.connection === currentConnection() ? current.boss : undefined;
}

/** Stops the process's queue: workers finish their job (up to `timeoutMs`), then the connection closes. */
export async function stopJobQueue(timeoutMs = 10_000): Promise<void> {
  const current = globalForJobs.__factdeskJobQueue;
  if (!current) return;
  globalForJobs.__factdeskJobQueue = undefined;
  const boss = await current.started.catch(() => undefined);
  await boss?.stop({ graceful: true, timeout: timeoutMs, wait: true });
}

/** What the queue connects through: the embedded database's PGlite, or the PostgreSQL URL. */
function currentConnection(): unknown {
  const target = resolveDatabaseTarget();
  return target.kind === "postgres" ? target.url : getEmbeddedDatabase()?.pglite;
}

function bossOptions(connection: unknown, isWorker: boolean): PgBoss.ConstructorOptions {
  const target = resolveDatabaseTarget();
  const common = {
    schema: JOB_SCHEMA,
    supervise: isWorker,
    // No cron jobs: the clock monitor would only add queries.
    schedule: false,
    // How soon a job whose worker was killed is found expired and retried (with its expiry, ≤ 90 s).
    maintenanceIntervalSeconds: 30,
  };
  if (target.kind === "postgres") {
    // Its own small pool: workers poll, so each app instance holds a connection or two, no more.
    // allowExitOnIdle lets a script that enqueued exit without stopping the queue.
    return { ...common, ...target.config, max: 3, allowExitOnIdle: true } as PgBoss.ConstructorOptions;
  }
  const embedded = getEmbeddedDatabase();
  if (!embedded || embedded.pglite !== connection) throw new Error("The embedded database is not open.");
  return { ...common, db: pgliteJobDb(embedded.pglite) };
}
