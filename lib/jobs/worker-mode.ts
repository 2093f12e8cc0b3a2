import { DatabaseConfigError, type DatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { type Env, readEnv } from "@/lib/env";

/** Where the app server's queued jobs run: in the server process, or in `npm run worker` (`off`). */
export type WorkerMode = Env["FACTDESK_WORKERS"];

/**
 * FACTDESK_WORKERS, checked against the database: `off` needs DATABASE_URL, since the embedded
 * database can be opened by one process only and a separate worker could never reach its jobs.
 */
export function resolveWorkerMode(
  env: Env = readEnv(),
  target: DatabaseTarget = resolveDatabaseTarget(),
): WorkerMode {
  if (env.FACTDESK_WORKERS === "off" && target.kind === "embedded") {
    throw new DatabaseConfigError(
      "FACTDESK_WORKERS=off needs DATABASE_URL: the embedded database can be opened by one process only, so its jobs run in the server (unset FACTDESK_WORKERS).",
    );
  }
  return env.FACTDESK_WORKERS;
}

/** One line for the operator: who runs this server's queued jobs. */
export function describeWorkerMode(mode: WorkerMode): string {
  return mode === "in-process"
    ? "Queued jobs (claim detection of bulk imports) run in this server (FACTDESK_WORKERS=in-process)."
    : "Queued jobs are not run by this server (FACTDESK_WORKERS=off): run `npm run worker` beside it, or claim detection of bulk imports waits.";
}
