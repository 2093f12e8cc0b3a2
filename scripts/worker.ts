/**
 * `npm run worker`: the job queue's workers (claim detection of bulk imports and long texts) as a
 * process of their own, on DATABASE_URL, beside app servers started with FACTDESK_WORKERS=off. Any
 * number may run; pg-boss gives each job to one of them. Prints one line once it takes jobs; on
 * SIGINT or SIGTERM the running job finishes (up to 10 s, else it is retried later), the queue and
 * the database close, it prints that it stopped and exits 0. Exits 1 with one line when it cannot run.
 */
import { resolveDatabaseTarget } from "@/lib/db/target";
import { JOB_STOP_TIMEOUT_MS, runJobWorker } from "@/lib/jobs/worker";
import { exitWithOneLine } from "./lib/exit";

async function main() {
  const target = resolveDatabaseTarget();
  if (target.kind !== "postgres") {
    exitWithOneLine(
      "npm run worker needs DATABASE_URL: the embedded database can be opened by one process only, so `npm start` runs its jobs itself.",
    );
  }
  const worker = await runJobWorker();
  const { host, port, database } = target.config;
  console.log(`Factdesk worker is taking jobs from ${host}:${port}/${database} (pid ${process.pid}).`);
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      worker
        .stop(JOB_STOP_TIMEOUT_MS)
        .then(() => {
          console.log("Factdesk worker stopped: job queue stopped, database closed.");
          process.exit(0);
        })
        .catch(exitWithOneLine);
    });
  }
}

main().catch(exitWithOneLine);
