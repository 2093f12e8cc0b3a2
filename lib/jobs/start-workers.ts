import { startDetectionWorker } from "@/lib/suggestions/detection-job";
import type { Detector } from "@/lib/suggestions/store-suggestions";
import { getJobQueue } from "./job-queue";
import type { WorkerMode } from "./worker-mode";

/** Test seams: a stand-in detector, a shorter poll. */
export type JobWorkerOptions = { detect?: Detector; pollingIntervalSeconds?: number };

/**
 * Starts this process's job queue with every worker (the app server in-process, or `npm run
 * worker`): jobs enqueued while no worker ran, by another instance or by a script, are picked up.
 */
export async function startJobWorkers(options: JobWorkerOptions = {}): Promise<void> {
  const queue = await getJobQueue({ isWorker: true });
  await startDetectionWorker(queue, options);
}

/**
 * The app server's part at start (instrumentation.ts): its workers when `in-process`. When `off` it
 * starts nothing; enqueuing still works, since getJobQueue() starts a queue that only sends.
 */
export async function startServerJobs(mode: WorkerMode): Promise<void> {
  if (mode === "in-process") await startJobWorkers();
}
