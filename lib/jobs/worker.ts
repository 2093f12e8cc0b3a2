import { disconnectPrisma } from "@/lib/db";
import { stopJobQueue } from "./job-queue";
import { type JobWorkerOptions, startJobWorkers } from "./start-workers";

/** The running workers of `npm run worker`. */
export type JobWorker = { stop: (timeoutMs?: number) => Promise<void> };

/** How long a stopping process lets a running job finish before pg-boss gives it back to the queue. */
export const JOB_STOP_TIMEOUT_MS = 10_000;

/**
 * The worker process's entry point (scripts/worker.ts): the job queue with every worker, on the
 * process's database. Several may run beside each other; pg-boss gives each job to one of them.
 */
export async function runJobWorker(options: JobWorkerOptions = {}): Promise<JobWorker> {
  await startJobWorkers(options);
  return { stop: stopJobsAndDatabase };
}

/**
 * A clean stop: workers finish their job (up to `timeoutMs`; an unfinished one goes back to the
 * queue and is retried), pg-boss closes its connections, then the database closes, so the embedded
 * one never needs recovery at the next start.
 */
export async function stopJobsAndDatabase(timeoutMs = JOB_STOP_TIMEOUT_MS): Promise<void> {
  await stopJobQueue(timeoutMs);
  await disconnectPrisma();
}
