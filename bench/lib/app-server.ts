import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { isBuildCurrent, writeBuildStamp } from "@/scripts/lib/build-stamp";

const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

/** Builds the production app when its sources changed since the last build (not timed by benches). */
export function ensureBuild(): void {
  if (isBuildCurrent(root)) return;
  console.log("building first (not timed)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed; see above.");
  writeBuildStamp(root);
}

/**
 * Waits while another `next build` runs in this folder (someone else's build, or `npm run build`): a
 * second build at the same time would clobber .next. Linux only (reads /proc); elsewhere returns at once.
 */
export async function waitForRunningBuild(): Promise<void> {
  let told = false;
  while (findRunningBuild()) {
    if (!told) console.log("another next build is running here; waiting for it to finish…");
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

function findRunningBuild(): number | undefined {
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    try {
      // A running build renames itself "next-build (v…)"; `npm exec next build` keeps its words in one string.
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      if (!/(^|[\s/])next(-build \(| build\b)/.test(command)) continue;
      if (fs.realpathSync(`/proc/${pid}/cwd`) === fs.realpathSync(root)) return Number(pid);
    } catch {
      // the process ended meanwhile, or is not ours to read
    }
  }
  return undefined;
}

/** `stop()` ends it with SIGINT (SIGKILL after 10 s); `crash()` kills it with SIGKILL at once, as a power cut would. */
export type AppServer = { base: string; stop: () => Promise<void>; crash: () => Promise<void> };

/**
 * `next start` of the production build on a free loopback port, on the
 * embedded database in `dataDir` or on the PostgreSQL database `{ databaseUrl }`
 * (already migrated and seeded), with `env` added to its environment (e.g.
 * FACTDESK_WORKERS). Resolves once /sign-in answers; `stop()` ends the server
 * and everything it started.
 */
export async function startAppServer(
  database: string | { databaseUrl: string },
  env: Record<string, string> = {},
): Promise<AppServer> {
  const databaseEnv =
    typeof database === "string"
      ? { DATABASE_URL: "", FACTDESK_DATA_DIR: database }
      : { DATABASE_URL: database.databaseUrl };
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const server: ChildProcess = spawn(
    process.execPath,
    [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: root,
      detached: true, // its own process group, so stopping it stops everything it started
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        ...databaseEnv,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        NEXTAUTH_URL: base,
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
      },
    },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const stop = async () => {
    if (!server.pid || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGINT");
    const killLater = setTimeout(() => process.kill(-(server.pid as number), "SIGKILL"), 10_000);
    await exited;
    clearTimeout(killLater);
  };
  const crash = async () => {
    if (!server.pid || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGKILL");
    await exited;
  };
  while (server.exitCode === null) {
    try {
      if ((await fetch(`${base}/sign-in`)).status === 200) return { base, stop, crash };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`next start exited with ${server.exitCode}:\n${output}`);
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
