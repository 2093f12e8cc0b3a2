/**
 * Runs once when the server starts. Opening the database here, rather than on
 * the first request, takes the embedded database's lock for the server's
 * whole life (so a second process is refused instead of corrupting it) and
 * makes a bad configuration fail at start, not in front of an editor.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getPrisma } = await import("@/lib/db");
  await getPrisma().$queryRaw`SELECT 1`;
  // On stop (scripts/server.ts): the job queue finishes its running job, then the database closes.
  const { onShutdown } = await import("@/lib/shutdown");
  const { stopJobsAndDatabase } = await import("@/lib/jobs/worker");
  onShutdown(() => stopJobsAndDatabase());
  // The job queue's workers run here unless FACTDESK_WORKERS=off (then in `npm run worker`).
  const { resolveWorkerMode } = await import("@/lib/jobs/worker-mode");
  const { startServerJobs } = await import("@/lib/jobs/start-workers");
  await startServerJobs(resolveWorkerMode());
}
