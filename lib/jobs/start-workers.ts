import { startDetectionWorker } from "@/lib/suggestions/detection-job";
import { getJobQueue } from "./job-queue";

/**
 * Starts the app server's job queue and its workers (instrumentation.ts, once per process): jobs
 * enqueued while the app was down, by another instance or by a script, are picked up from here on.
 */
export async function startJobWorkers(): Promise<void> {
  const queue = await getJobQueue({ isWorker: true });
  await startDetectionWorker(queue);
}
