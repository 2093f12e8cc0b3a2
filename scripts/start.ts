/**
 * `npm start`: builds when needed, migrates (and, on the embedded database,
 * seeds) the database, then serves Factdesk on http://localhost:$PORT
 * (scripts/server.ts, which stops cleanly on Ctrl-C or SIGTERM and says so).
 * `npm run dev` does the same with Next's development server.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { prepareDatabase } from "@/lib/db/prepare";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { readEnv } from "@/lib/env";
import { describeWorkerMode, resolveWorkerMode } from "@/lib/jobs/worker-mode";
import { DEMO } from "@/prisma/demo-account";
import { isBuildCurrent, writeBuildStamp } from "./lib/build-stamp";
import { exitWithOneLine } from "./lib/exit";

const root = path.resolve(import.meta.dirname, "..");
// Next's own entry point, run with this Node: no npx in between to swallow signals.
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const serverScript = path.join(root, "scripts/server.ts");
const isDev = process.argv.includes("--dev");

async function main() {
  const startedAt = performance.now();
  const env = readEnv();
  const target = resolveDatabaseTarget();
  const secret = resolveAuthSecret(target);
  const workerMode = resolveWorkerMode(env, target);
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    ...(target.kind === "embedded" ? { FACTDESK_DATA_DIR: target.dataDir } : {}),
  };

  if (!isDev && !isBuildCurrent(root)) {
    console.log("Building Factdesk (first start or changed sources)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: root,
      stdio: "inherit",
      env: childEnv,
    });
    if (build.status !== 0) exitWithOneLine("The build failed; see the messages above.");
    writeBuildStamp(root);
  }

  const { host, port, database } = target.kind === "postgres" ? target.config : {};
  const where = target.kind === "embedded" ? target.dataDir : `DATABASE_URL (${host}:${port}/${database})`;
  console.log(`Preparing the database in ${where}…`);
  const prepared = await prepareDatabase({ target, seed: target.kind === "embedded" });
  if (prepared.applied.length > 0) console.log(`Applied migrations: ${prepared.applied.join(", ")}`);

  const command = isDev ? [nextBin, "dev", "-p", String(env.PORT)] : ["--import", "tsx", serverScript];
  const server = spawn(process.execPath, command, {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: isDev ? childEnv : { ...childEnv, NODE_ENV: "production", PORT: String(env.PORT) },
  });
  forwardSignals(server);
  const url = `http://localhost:${env.PORT}`;
  if (await waitUntilServing(`${url}/sign-in`, server)) {
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(`\nFactdesk is running at ${url} (ready in ${seconds} s). Press Ctrl-C to stop.`);
    console.log(describeWorkerMode(workerMode));
    if (prepared.seeded) console.log(`Demo account: ${DEMO.email} / ${DEMO.password}\n`);
  }
}

function forwardSignals(server: ChildProcess) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

async function waitUntilServing(url: string, server: ChildProcess): Promise<boolean> {
  while (server.exitCode === null) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return false;
}

main().catch(exitWithOneLine);
