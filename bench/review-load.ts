/**
 * 50 editors reviewing one article at once, on real PostgreSQL (BENCH_DATABASE_URL, default the local
 * server): a throwaway database `factdesk_bench_<random>` is created, migrated and seeded (50 editor
 * accounts, the sample article in review with 40 claims, 8 sources), `next start` of the production
 * build serves it, and the 50 editors sign in. autocannon then runs a mix of 70% GET of the article
 * page, 20% verdicts and 10% evidence (see lib/review-mix.ts) over 50 connections (one per editor,
 * each with its own session) three ways: one connection (the service time), saturated (every
 * connection sends its next request as soon as the last one answers: the capacity), and paced (each
 * editor one request every REVIEW_LOAD_PACE_SECONDS, default 2: the target's case). Verdicts race on
 * purpose: conflicts (409) and duplicate evidence (409) are expected and counted apart from errors.
 * Baseline: GET /api/auth/csrf saturated over the same 50 connections. Target: p95 ≤ 150 ms and 0
 * unexpected errors, paced. The database is dropped at the end, also on failure.
 * BENCH_REUSE_BUILD=1 serves the existing .next build as it is; REVIEW_LOAD_EDITORS=n runs with n
 * editors instead of 50.
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { type AppServer, ensureBuild, startAppServer, waitForRunningBuild } from "./lib/app-server";
import { type BenchDatabase, createBenchDatabase } from "./lib/bench-database";
import { runPacedEditors } from "./lib/paced-editors";
import { createReviewMix, type Kind, type KindRecord, seededRandom } from "./lib/review-mix";
import { seedReviewWorkspace } from "./lib/review-seed";
import { signInForCookie } from "./lib/session-cookie";
import { percentile, pool } from "./lib/stats";

// REVIEW_LOAD_EDITORS changes the number of editors (and connections), to find where the target holds.
const EDITORS = Number(process.env.REVIEW_LOAD_EDITORS) || 50;
const CLAIMS = 40;
const SECONDS = { warmUp: 5, unloaded: 5, baseline: 10, mix: 20, paced: 20 };
// An editor at work reads, weighs and types between requests; in the paced run each of the editors
// sends one request every PACE_SECONDS on average (a page load, a verdict or a source: far busier
// than a person, who also waits on the 4 s change poll, a much lighter read). The saturated run sends
// the next request the moment the last one answers: that measures capacity, not a newsroom.
const PACE_SECONDS = Number(process.env.REVIEW_LOAD_PACE_SECONDS) || 2;
const TARGET_P95_MS = 150;
const DEADLINE_MS = 10 * 60_000;
const LABELS: Record<Kind, string> = {
  read: "GET /articles/:id",
  verdict: "POST /api/claims/:id/verdict",
  evidence: "POST /api/claims/:id/evidence",
};

let database: BenchDatabase | undefined;
let server: AppServer | undefined;
let dbPool: pg.Pool | undefined;

type CannonOptions = { base: string; cookies: string[]; seconds: number } & Pick<
  autocannon.Options,
  "requests" | "connections"
>;

/** One autocannon run; every response's status and latency goes to `onResponse`. */
function runCannon(
  options: CannonOptions,
  onResponse: (status: number, milliseconds: number) => void,
): Promise<autocannon.Result> {
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.base,
        connections: options.connections ?? EDITORS,
        duration: options.seconds,
        timeout: 30,
        requests: options.requests,
        // One editor per connection: its session cookie, and the origin our own pages send.
        setupClient: (client) => {
          client.setHeaders({
            cookie: options.cookies[next++ % options.cookies.length],
            origin: options.base,
          });
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, status: number, _bytes: number, milliseconds: number) =>
      onResponse(status, milliseconds),
    );
  });
}

/** Fails early, with the reason, when a route of the contract is missing or answers unexpectedly. */
async function checkRoutes(
  base: string,
  cookie: string,
  seed: Awaited<ReturnType<typeof seedReviewWorkspace>>,
) {
  const headers = { cookie, origin: base, "content-type": "application/json" };
  const claim = seed.claims[0];
  if (!claim) throw new Error("no claim was seeded");
  const page = await fetch(`${base}/articles/${seed.articleId}`, { headers, redirect: "manual" });
  if (page.status !== 200) throw new Error(`GET /articles/${seed.articleId} answered ${page.status}`);
  const verdict = await fetch(`${base}/api/claims/${claim.id}/verdict`, {
    method: "POST",
    headers,
    body: JSON.stringify({ verdict: "MISLEADING", rationale: "Preflight.", revision: claim.revision }),
  });
  const verdictBody = await verdict.text();
  if (verdict.status !== 200)
    throw new Error(`POST …/verdict answered ${verdict.status}: ${verdictBody.slice(0, 300)}`);
  const evidence = await fetch(`${base}/api/claims/${claim.id}/evidence`, {
    method: "POST",
    headers,
    body: JSON.stringify({ sourceId: seed.sourceIds[1], stance: "CONTEXT", excerpt: "Preflight." }),
  });
  if (evidence.status !== 200)
    throw new Error(`POST …/evidence answered ${evidence.status}: ${(await evidence.text()).slice(0, 300)}`);
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

function printRow(label: string, latencies: number[], statuses: Map<number, number>): void {
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((share) => percentile(latencies, share).toFixed(1));
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
  console.log(
    `  ${label.padEnd(30)} ${pad(latencies.length, 8)} ${pad(p50 as string, 8)} ${pad(p95 as string, 8)} ${pad(p99 as string, 8)}   ${byStatus.join(" ")}`,
  );
}

/** A table of the mix's request types and all of them together; returns the latter. */
function printTable(title: string, records: Record<Kind, KindRecord>, seconds: number): KindRecord {
  const all = merge(Object.values(records));
  console.log(
    `\n${title}: ${all.latencies.length} requests, ${(all.latencies.length / seconds).toFixed(0)}/s`,
  );
  console.log(
    `  ${"".padEnd(30)} ${pad("requests", 8)} ${pad("p50 ms", 8)} ${pad("p95 ms", 8)} ${pad("p99 ms", 8)}   statuses`,
  );
  for (const kind of Object.keys(LABELS) as Kind[])
    printRow(LABELS[kind], records[kind].latencies, records[kind].statuses);
  printRow("all", all.latencies, all.statuses);
  return all;
}

function merge(records: KindRecord[]): KindRecord {
  const statuses = new Map<number, number>();
  for (const record of records)
    for (const [status, count] of record.statuses) statuses.set(status, (statuses.get(status) ?? 0) + count);
  return { latencies: records.flatMap((record) => record.latencies), statuses };
}

async function main(): Promise<void> {
  await waitForRunningBuild();
  if (!(process.env.BENCH_REUSE_BUILD === "1" && fs.existsSync(path.resolve(".next/BUILD_ID"))))
    ensureBuild();
  const deadline = setTimeout(
    () => fail(new Error(`no result after ${DEADLINE_MS / 60_000} minutes`)),
    DEADLINE_MS,
  );
  database = await createBenchDatabase();
  console.log(`database ${database.name}: seeding ${EDITORS} editors, ${CLAIMS} claims…`);
  const seed = await seedReviewWorkspace({ databaseUrl: database.url, editors: EDITORS, claims: CLAIMS });
  server = await startAppServer({ databaseUrl: database.url });
  const base = server.base;
  const cookies: string[] = [];
  await pool(seed.editors, 4, async (editor) => {
    cookies.push(await signInForCookie(base, editor));
  });
  await checkRoutes(base, cookies[0] as string, seed);
  dbPool = new pg.Pool({ connectionString: database.url, max: 2 });
  const refreshPool = dbPool;
  const mix = createReviewMix({
    seed,
    random: seededRandom(42),
    refresh: async (claimId) =>
      (
        await refreshPool.query<{ revision: number }>(`SELECT "revision" FROM "Claim" WHERE "id" = $1`, [
          claimId,
        ])
      ).rows[0]?.revision,
  });
  const requests = [mix.request];
  console.log(`${cookies.length} editors signed in; warming up for ${SECONDS.warmUp} s (not measured)…`);
  await runCannon({ base, cookies, requests, seconds: SECONDS.warmUp }, mix.record);
  mix.reset();
  // One connection: what each request costs when nothing waits in line (the rest of a p95 is queueing).
  await runCannon({ base, cookies, requests, seconds: SECONDS.unloaded, connections: 1 }, mix.record);
  const unloaded = structuredClone(mix.records);
  mix.reset();
  const baseline: KindRecord = { latencies: [], statuses: new Map() };
  const baselineResult = await runCannon(
    { base, cookies, seconds: SECONDS.baseline, requests: [{ method: "GET", path: "/api/auth/csrf" }] },
    (status, milliseconds) => {
      baseline.latencies.push(milliseconds);
      baseline.statuses.set(status, (baseline.statuses.get(status) ?? 0) + 1);
    },
  );
  const saturatedResult = await runCannon({ base, cookies, requests, seconds: SECONDS.mix }, mix.record);
  const saturated = structuredClone(mix.records);
  mix.reset();
  const paced = await runPacedEditors({
    base,
    cookies,
    request: mix.request,
    record: mix.record,
    seconds: SECONDS.paced,
    paceSeconds: PACE_SECONDS,
    random: seededRandom(7),
  });
  clearTimeout(deadline);
  printTable(`one editor at a time, ${SECONDS.unloaded} s (service time)`, unloaded, SECONDS.unloaded);
  printTable(
    `saturated: ${EDITORS} connections sending back to back, ${SECONDS.mix} s (capacity)`,
    saturated,
    SECONDS.mix,
  );
  if (saturatedResult.errors || saturatedResult.timeouts)
    console.log(`  connection errors ${saturatedResult.errors}, timeouts ${saturatedResult.timeouts}`);
  report({
    title: `paced: ${EDITORS} editors, each pausing ${PACE_SECONDS} s on average between requests, ${SECONDS.paced} s, next start on PostgreSQL`,
    records: mix.records,
    baseline,
    pacedErrors: paced.errors,
    baselineResult,
  });
  await cleanUp();
}

function report(options: {
  title: string;
  records: Record<Kind, KindRecord>;
  baseline: KindRecord;
  pacedErrors: number;
  baselineResult: autocannon.Result;
}): void {
  const { records, baseline } = options;
  const all = printTable(options.title, records, SECONDS.paced);
  printRow("baseline GET /api/auth/csrf", baseline.latencies, baseline.statuses);
  const p95 = percentile(all.latencies, 0.95);
  const baselineP95 = percentile(baseline.latencies, 0.95);
  console.log(
    `\nmix p95 / baseline p95: ${(p95 / baselineP95).toFixed(1)}× (${p95.toFixed(1)} / ${baselineP95.toFixed(1)} ms)`,
  );
  const conflicts = (kind: Kind) => records[kind].statuses.get(409) ?? 0;
  console.log(
    `expected conflicts (409): ${conflicts("verdict")} stale verdicts, ${conflicts("evidence")} duplicate evidence`,
  );
  const unexpected = new Map<string, number>();
  for (const kind of Object.keys(LABELS) as Kind[]) {
    for (const [status, count] of records[kind].statuses) {
      if (status === 200 || (status === 409 && kind !== "read")) continue;
      unexpected.set(`${LABELS[kind]} ${status}`, count);
    }
  }
  if (options.pacedErrors) unexpected.set("connection errors", options.pacedErrors);
  if (options.baselineResult.errors || options.baselineResult.non2xx)
    unexpected.set("baseline failures", options.baselineResult.errors + options.baselineResult.non2xx);
  const unexpectedCount = [...unexpected.values()].reduce((sum, count) => sum + count, 0);
  const detail = [...unexpected].map(([what, count]) => `${what}: ${count}`).join(", ");
  console.log(`unexpected errors: ${unexpectedCount}${detail ? ` (${detail})` : ""}`);
  const isMet = p95 <= TARGET_P95_MS && unexpectedCount === 0;
  console.log(
    `target p95 ≤ ${TARGET_P95_MS} ms and 0 unexpected errors: ${isMet ? "met" : "MISSED"} (p95 ${p95.toFixed(1)} ms)`,
  );
}

async function cleanUp(): Promise<void> {
  const [running, open, created] = [server, dbPool, database];
  server = undefined;
  dbPool = undefined;
  database = undefined;
  await running?.stop();
  await open?.end();
  await created?.drop();
}

let isStopping = false;

function fail(error: unknown): void {
  // Once stopping, the requests cut short by the cleanup fail too: only the first cause is news.
  if (isStopping) return;
  isStopping = true;
  console.error(error instanceof Error ? `review-load bench failed: ${error.message}` : error);
  cleanUp()
    .catch((cleanupError) => console.error("cleanup failed:", cleanupError))
    .finally(() => process.exit(1));
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => fail(new Error(`stopped by ${signal}`)));
main().catch(fail);
