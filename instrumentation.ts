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
  // The job queue's worker (claim detection for bulk imports) runs in the server process.
  const { startJobWorkers } = await import("@/lib/jobs/start-workers");
  await startJobWorkers();
}
