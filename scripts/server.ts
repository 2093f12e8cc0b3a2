/**
 * The production server `npm start` runs (scripts/start.ts spawns it; the browser tests run it
 * too): Next's request handler on a Node HTTP server this process owns, so that a stop (Ctrl-C,
 * SIGTERM) happens in order: no new requests, the ones running finish (up to REQUEST_GRACE_MS), the
 * job queue lets its running job finish and stops, the database closes (the hooks instrumentation.ts
 * registers), then it says so and exits 0. `next start` exits as soon as its own server has closed,
 * which would cut the last two short and leave the embedded database to recover at the next start.
 * Serves on PORT (default 3000).
 */
import path from "node:path";
import next from "next";
import { describeDatabasePool } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { watchEventLoop } from "@/lib/http/event-loop-watch";
import { createGracefulServer } from "@/lib/http/graceful-server";
import { runShutdownHooks } from "@/lib/shutdown";
import { exitWithOneLine } from "./lib/exit";

const REQUEST_GRACE_MS = 5_000;
const root = path.resolve(import.meta.dirname, "..");

async function main() {
  const { PORT } = readEnv();
  const app = next({ dev: false, dir: root, port: PORT });
  await app.prepare();
  const { server, stop } = createGracefulServer(app.getRequestHandler(), describeDatabasePool);
  watchEventLoop();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(PORT, resolve);
  });

  let stopping = false;
  const stopInOrder = async () => {
    if (stopping) return; // Ctrl-C reaches both this process and npm start, which forwards it
    stopping = true;
    const { cutOff } = await stop(REQUEST_GRACE_MS);
    await app.close();
    await runShutdownHooks();
    const requests = cutOff
      ? `${cutOff} request(s) cut off after ${REQUEST_GRACE_MS / 1000} s`
      : "requests finished";
    console.log(`Factdesk stopped: ${requests}, job queue stopped, database closed.`);
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopInOrder().catch((error) => {
        console.error("Factdesk did not stop cleanly:", error);
        process.exit(1);
      });
    });
  }
}

main().catch(exitWithOneLine);
