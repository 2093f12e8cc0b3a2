/**
 * What a queued 5 MB claim detection costs the editors using the app meanwhile, on PostgreSQL:
 * p50/p95/max of the sample article's page, requested at a steady 20 per second whether or not
 * earlier ones have answered (as a desk of editors would), while nothing is queued (baseline) and
 * while the detection runs, with the job worker in the app server (FACTDESK_WORKERS=in-process) and
 * apart (FACTDESK_WORKERS=off beside `npm run worker`), in the same run. Three detections each.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { disconnectPrisma, getPrisma, type PrismaClient } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";
import { parsePostgresUrl } from "@/lib/db/target";
import { detectOptionsFor } from "@/lib/detect/wire-input";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { detectionJobStates, saveQueuedVersion } from "@/lib/jobs/testing/queued-version";
import { DEMO } from "@/prisma/demo-account";
import { type AppServer, ensureBuild, startAppServer, waitForRunningBuild } from "./lib/app-server";
import { createBenchDatabase } from "./lib/bench-database";
import { signInForCookie } from "./lib/session-cookie";
import { percentile } from "./lib/stats";

const root = path.resolve(import.meta.dirname, "..");
const DETECTIONS = 3;
const IDLE_SECONDS = 4;
/** One request every 50 ms: 20 a second, under what one instance serves of this page (about 30). */
const REQUEST_EVERY_MS = 50;
const TEXT_BYTES = 5_000_000;

/** 5 MB of real article text: the labelled articles' bodies, repeated. */
function bigText(): string {
  const dir = path.join(root, "lib/detect/eval-set");
  const bodies = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .map((file) => fs.readFileSync(path.join(dir, file), "utf8"))
    .map((content) => content.slice(detectOptionsFor(content).skipPrefix ?? 0))
    .join("\n");
  let text = "";
  while (Buffer.byteLength(text) < TEXT_BYTES) text += `${bodies}\n`;
  return text;
}

type Mode = { label: string; workers: "in-process" | "off" };
type Figures = { idle: number[]; during: number[]; detectionSeconds: number[] };

async function timeRequest(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

/** Starts a request every REQUEST_EVERY_MS until `isDone()` says so; resolves with every latency. */
async function sampleSteadily(
  url: string,
  cookie: string,
  isDone: () => Promise<boolean>,
): Promise<number[]> {
  const requests: Array<Promise<number>> = [];
  for (;;) {
    const tick = new Promise((resolve) => setTimeout(resolve, REQUEST_EVERY_MS));
    requests.push(timeRequest(url, cookie));
    const [done] = await Promise.all([isDone(), tick]);
    if (done) break;
  }
  return Promise.all(requests);
}

async function startWorker(databaseUrl: string): Promise<ChildProcess> {
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    worker.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("taking jobs")) resolve();
    });
    worker.once("exit", (code) => reject(new Error(`npm run worker exited with ${code}`)));
  });
  return worker;
}

async function stopWorker(worker: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  worker.kill("SIGTERM");
  await exited;
}

async function measure(
  mode: Mode,
  context: { databaseUrl: string; prisma: PrismaClient; text: string; articleId: string },
): Promise<Figures> {
  let server: AppServer | undefined;
  let worker: ChildProcess | undefined;
  try {
    server = await startAppServer({ databaseUrl: context.databaseUrl }, { FACTDESK_WORKERS: mode.workers });
    if (mode.workers === "off") worker = await startWorker(context.databaseUrl);
    const cookie = await signInForCookie(server.base, DEMO);
    const url = `${server.base}/articles/${context.articleId}`;
    for (let warm = 0; warm < 10; warm++) await timeRequest(url, cookie);
    const figures: Figures = { idle: [], during: [], detectionSeconds: [] };
    const idleUntil = performance.now() + IDLE_SECONDS * 1000;
    figures.idle = await sampleSteadily(url, cookie, async () => performance.now() > idleUntil);

    const owner = await context.prisma.user.findUniqueOrThrow({
      where: { email: DEMO.email },
      select: { id: true, memberships: { select: { workspace: { select: { id: true } } } } },
    });
    const workspace = owner.memberships[0]?.workspace;
    if (!workspace) throw new Error("the demo editor has no workspace");
    for (let round = 0; round < DETECTIONS; round++) {
      const { versionId } = await saveQueuedVersion(
        context.prisma,
        { id: owner.id, workspace },
        context.text,
      );
      const enqueuedAt = performance.now();
      // Sampled from enqueuing until the job completes: the worker picks it up at its next poll.
      const during = await sampleSteadily(url, cookie, async () => {
        if (performance.now() - enqueuedAt > 120_000) throw new Error("the detection took over 2 min");
        return (await detectionJobStates(context.prisma, versionId))[0] === "completed";
      });
      figures.during.push(...during);
      figures.detectionSeconds.push((performance.now() - enqueuedAt) / 1000);
    }
    return figures;
  } finally {
    if (worker) await stopWorker(worker);
    await server?.stop();
  }
}

const fmt = (samples: number[]) =>
  [0.5, 0.95, 1]
    .map(
      (share) =>
        `${share === 1 ? "max" : `p${share * 100}`} ${percentile(samples, share).toFixed(0).padStart(5)} ms`,
    )
    .join("  ");

async function main() {
  await waitForRunningBuild();
  ensureBuild();
  const database = await createBenchDatabase();
  try {
    const config = parsePostgresUrl(database.url, "bench database");
    await prepareDatabase({ target: { kind: "postgres", url: database.url, config }, seed: true });
    process.env.DATABASE_URL = database.url; // this process enqueues on the bench database
    const prisma = getPrisma();
    const article = await prisma.article.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
    if (!article) throw new Error("the seed wrote no article");
    const context = { databaseUrl: database.url, prisma, text: bigText(), articleId: article.id };
    const modes: Mode[] = [
      { label: "worker in the app server", workers: "in-process" },
      { label: "worker apart (npm run worker)", workers: "off" },
    ];
    const results: Array<{ mode: Mode; figures: Figures }> = [];
    for (const mode of modes) results.push({ mode, figures: await measure(mode, context) });

    const megabytes = (Buffer.byteLength(context.text) / 1e6).toFixed(1);
    console.log(
      `sample article page, ${1000 / REQUEST_EVERY_MS} requests/s, during ${DETECTIONS} queued ${megabytes} MB detections`,
    );
    for (const { mode, figures } of results) {
      const seconds = figures.detectionSeconds.map((value) => value.toFixed(1)).join(", ");
      const ratio = percentile(figures.during, 0.95) / percentile(figures.idle, 0.95);
      console.log(`  ${mode.label}`);
      console.log(`    nothing queued (baseline)   ${fmt(figures.idle)}  (${figures.idle.length} requests)`);
      console.log(
        `    during the detection        ${fmt(figures.during)}  (${figures.during.length} requests; p95 ${ratio.toFixed(1)}× baseline; enqueue to done: ${seconds} s)`,
      );
    }
  } finally {
    await stopJobQueue(2_000);
    await disconnectPrisma();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
