import type PgBoss from "pg-boss";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { transactionJobDb } from "@/lib/jobs/job-db";
import { defineQueue, findStartedJobQueue } from "@/lib/jobs/job-queue";
import { type Detector, detectStoredVersion } from "./store-suggestions";

/** The queue of "detect the suggestions of this version" jobs (bulk imports and very long texts). */
export const DETECTION_QUEUE = defineQueue({
  name: "detect-suggestions",
  // Detection is deterministic, so retries only help against the database going away for a moment.
  retryLimit: 3,
  retryDelay: 10,
  retryBackoff: true,
  // A job whose worker died (the app was killed mid-job) is retried after this, by pg-boss's
  // maintenance. The longest detection measured (5 MB, one busy core) takes well under 15 s, and a
  // second run of a job that was only slow stores nothing twice (suggestions are ON CONFLICT DO NOTHING).
  expireInSeconds: 60,
});

export type DetectionJobData = { versionId: string };

/** Polling: an idle worker asks for work every 2 s (enqueuing in this process wakes it at once). */
const POLLING_INTERVAL_SECONDS = 2;

// The worker of each started queue (on globalThis: Next's dev reloads re-run this module, not the
// queue), so the same process never starts two and can wake its own after enqueuing.
const globalForWorkers = globalThis as typeof globalThis & {
  __factdeskDetectionWorkers?: { started: WeakMap<PgBoss, Promise<string>>; ids: WeakMap<PgBoss, string> };
};
globalForWorkers.__factdeskDetectionWorkers ??= { started: new WeakMap(), ids: new WeakMap() };
const { started: workers, ids: workerIds } = globalForWorkers.__factdeskDetectionWorkers;

/**
 * Inside the transaction that saved the versions: one detection job per version, written in the same
 * transaction (both are saved, or neither). `queue` must have been started before the transaction.
 */
export async function enqueueDetection(
  tx: Prisma.TransactionClient,
  queue: PgBoss,
  versionIds: string[],
): Promise<void> {
  if (versionIds.length === 0) return;
  const jobs = versionIds.map((versionId) => ({ name: DETECTION_QUEUE.name, data: { versionId } }));
  await queue.insert(jobs, { db: transactionJobDb(tx) });
}

/** After the enqueuing transaction committed: the worker in this process, if any, fetches now instead of at its next poll. */
export function wakeDetectionWorker(): void {
  const queue = findStartedJobQueue();
  const workerId = queue && workerIds.get(queue);
  if (queue && workerId) queue.notifyWorker(workerId);
}

/**
 * Starts this process's detection worker on a started queue (once per queue): it takes one job at a
 * time and stores the version's suggestions. Several app instances on one database each run one;
 * pg-boss hands every job to exactly one of them.
 */
export async function startDetectionWorker(
  queue: PgBoss,
  options: { detect?: Detector; pollingIntervalSeconds?: number } = {},
): Promise<string> {
  const running = workers.get(queue);
  if (running) return running;
  const started = queue.work<DetectionJobData>(
    DETECTION_QUEUE.name,
    { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? POLLING_INTERVAL_SECONDS },
    async (jobs) => {
      for (const job of jobs) await detectStoredVersion(getPrisma(), job.data.versionId, options.detect);
    },
  );
  workers.set(queue, started);
  const workerId = await started;
  workerIds.set(queue, workerId);
  return workerId;
}
