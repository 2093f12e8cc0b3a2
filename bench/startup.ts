/**
 * Time from `npm start` to the first page served: on a fresh embedded
 * database (migrate + seed), and on a warm restart. The baseline is a bare
 * `next start` of the same build, measured in the same run, so the ratios
 * show what Factdesk's own start-up adds on this (noisy) machine.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isBuildCurrent, writeBuildStamp } from "@/scripts/lib/build-stamp";

const root = path.resolve(import.meta.dirname, "..");
const port = 3200;
// The bench always measures the embedded database.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(port),
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: "",
};

async function timeToFirstPage(command: string[], extraEnv: Record<string, string>): Promise<number> {
  const startedAt = performance.now();
  const child = spawn(command[0] as string, command.slice(1), {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitForPage(`http://localhost:${port}/sign-in`, child);
    return performance.now() - startedAt;
  } finally {
    await stop(child);
  }
}

async function waitForPage(url: string, child: ChildProcess): Promise<void> {
  while (child.exitCode === null) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} never answered: the server exited with ${child.exitCode}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGINT");
  await exited;
}

async function main() {
  if (!isBuildCurrent(root)) {
    console.log("building first (not timed)…");
    if (spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env }).status !== 0)
      process.exit(1);
    writeBuildStamp(root);
  }
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const rows: Record<string, number[]> = {
    "bare next start": [],
    "npm start, fresh database": [],
    "npm start, warm restart": [],
  };
  for (let run = 0; run < runs; run++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-"));
    const start = ["npx", "tsx", "scripts/start.ts"];
    rows["npm start, fresh database"]?.push(await timeToFirstPage(start, { FACTDESK_DATA_DIR: dataDir }));
    rows["npm start, warm restart"]?.push(await timeToFirstPage(start, { FACTDESK_DATA_DIR: dataDir }));
    rows["bare next start"]?.push(
      await timeToFirstPage(["npx", "next", "start", "-p", String(port)], {
        FACTDESK_DATA_DIR: dataDir,
        NEXTAUTH_SECRET: "bench",
      }),
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const baseline = median(rows["bare next start"] ?? []);
  console.log(`startup to first page, median of ${runs}:`);
  for (const [name, samples] of Object.entries(rows)) {
    const value = median(samples);
    console.log(
      `  ${name.padEnd(28)} ${(value / 1000).toFixed(2)} s  (${(value / baseline).toFixed(2)}× bare next start)`,
    );
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
