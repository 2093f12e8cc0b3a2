/**
 * What signing in costs, on a fresh embedded database seeded with the demo account:
 * (a) in-process, one password check (verifyCredentials) with the right password, a
 *     wrong one and an unknown email, which should cost alike (the unknown email
 *     hashes a dummy), against a `SELECT 1` through the same Prisma client;
 * (b) over HTTP against `next start` of the production build, the next-auth
 *     credentials flow (GET /api/auth/csrf, POST /api/auth/callback/credentials):
 *     sequential latency and a concurrent burst's sign-ins per second, against
 *     GET /sign-in on the same server. Target: sign-in p50 under 300 ms.
 * Successful sign-ins are not rate-limited (only failures count), so the loops are safe.
 * Stops by itself (a deadline bounds the whole run) and removes its server and folder.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createPrismaClient } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";
import { DEMO } from "@/prisma/demo-account";
import { type AppServer, ensureBuild, startAppServer } from "./lib/app-server";

const CHECK_RUNS = 50;
const SEQUENTIAL = 40;
const BURST = { workers: 4, each: 10 };
const TARGET_P50_MS = 300;
// Measuring, not building: a run that takes longer than this is stuck somewhere.
const DEADLINE_MS = 5 * 60_000;

type Row = { name: string; samples: number[]; note?: string };

let server: AppServer | undefined;
let dataDir: string | undefined;

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

function printTable(title: string, rows: Row[], baseline: Row): void {
  const base = percentile(baseline.samples, 0.5);
  console.log(`\n${title}`);
  console.log(
    `  ${"".padEnd(36)} ${"runs".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}  vs baseline p50`,
  );
  for (const row of [baseline, ...rows]) {
    const p50 = percentile(row.samples, 0.5);
    const ratio = row === baseline ? "baseline" : `${(p50 / base).toFixed(1)}×`;
    const cells = [row.samples.length, p50.toFixed(1), percentile(row.samples, 0.95).toFixed(1)];
    console.log(
      `  ${row.name.padEnd(36)} ${String(cells[0]).padStart(5)} ${String(cells[1]).padStart(8)} ${String(cells[2]).padStart(8)}  ${ratio}${row.note ? `  ${row.note}` : ""}`,
    );
  }
}

/** (a): the three outcomes interleaved, so that machine noise falls on all of them alike. */
async function benchPasswordCheck(folder: string): Promise<void> {
  const { prisma, embedded } = createPrismaClient({ kind: "embedded", dataDir: folder });
  try {
    const cases = {
      "verifyCredentials, right password": { email: DEMO.email, password: DEMO.password, expectUser: true },
      "verifyCredentials, wrong password": {
        email: DEMO.email,
        password: "not-the-password",
        expectUser: false,
      },
      "verifyCredentials, unknown email": {
        email: "nobody@factdesk.example",
        password: DEMO.password,
        expectUser: false,
      },
    };
    const rows: Row[] = Object.keys(cases).map((name) => ({ name, samples: [] }));
    const baseline: Row = { name: "SELECT 1 (same Prisma client)", samples: [] };
    for (let run = -3; run < CHECK_RUNS; run++) {
      const [ms] = await timed(() => prisma.$queryRaw`SELECT 1`);
      if (run >= 0) baseline.samples.push(ms);
      for (const [index, check] of Object.values(cases).entries()) {
        const [checkMs, user] = await timed(() => verifyCredentials({ prisma, ...check }));
        if (!!user !== check.expectUser)
          throw new Error(`verifyCredentials gave ${user ? "a user" : "null"} unexpectedly`);
        if (run >= 0) rows[index]?.samples.push(checkMs); // the first runs warm up (and hash the dummy)
      }
    }
    printTable("(a) password check, in process (embedded database)", rows, baseline);
  } finally {
    await prisma.$disconnect();
    await embedded?.close();
  }
}

type Cookies = Map<string, string>;

function keepCookies(response: Response, cookies: Cookies): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ""] = header.split(";");
    const at = pair.indexOf("=");
    cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
}

const cookieHeader = (cookies: Cookies) => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");

/** One credentials sign-in as a browser does it; true when a session cookie came back. */
async function signIn(base: string, password: string): Promise<{ ok: boolean; postMs: number }> {
  const cookies: Cookies = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(15_000) });
  keepCookies(csrf, cookies);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const [postMs, response] = await timed(() =>
    fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(cookies) },
      body: new URLSearchParams({ csrfToken, email: DEMO.email, password, json: "true" }),
      signal: AbortSignal.timeout(15_000),
    }),
  );
  keepCookies(response, cookies);
  await response.arrayBuffer();
  return { ok: Boolean(cookies.get("next-auth.session-token")), postMs };
}

async function signInOrThrow(base: string): Promise<{ flowMs: number; postMs: number }> {
  const [flowMs, result] = await timed(() => signIn(base, DEMO.password));
  if (!result.ok) throw new Error("A sign-in with the demo password got no session cookie.");
  return { flowMs, postMs: result.postMs };
}

/** (b): sequential sign-ins, then a concurrent burst, against GET /sign-in as the baseline. */
async function benchHttp(base: string): Promise<number> {
  if ((await signIn(base, "not-the-password")).ok) throw new Error("A wrong password got a session cookie.");
  for (let warm = 0; warm < 5; warm++) {
    await signInOrThrow(base);
    await (await fetch(`${base}/sign-in`)).arrayBuffer();
  }
  const baseline: Row = { name: "GET /sign-in", samples: [] };
  const flow: Row = { name: "sign-in (csrf + credentials POST)", samples: [] };
  const post: Row = { name: "credentials POST alone", samples: [] };
  for (let run = 0; run < SEQUENTIAL; run++) {
    const [pageMs, page] = await timed(() =>
      fetch(`${base}/sign-in`, { signal: AbortSignal.timeout(15_000) }),
    );
    await page.arrayBuffer();
    if (page.status !== 200) throw new Error(`GET /sign-in answered ${page.status}`);
    baseline.samples.push(pageMs);
    const { flowMs, postMs } = await signInOrThrow(base);
    flow.samples.push(flowMs);
    post.samples.push(postMs);
  }
  const sequentialSeconds = flow.samples.reduce((sum, ms) => sum + ms, 0) / 1000;
  flow.note = `${(SEQUENTIAL / sequentialSeconds).toFixed(1)} sign-ins/s one at a time`;
  const burst: Row = { name: `burst, ${BURST.workers} workers × ${BURST.each}`, samples: [] };
  const [burstMs] = await timed(() =>
    Promise.all(
      Array.from({ length: BURST.workers }, async () => {
        for (let run = 0; run < BURST.each; run++) burst.samples.push((await signInOrThrow(base)).flowMs);
      }),
    ),
  );
  burst.note = `${((BURST.workers * BURST.each) / (burstMs / 1000)).toFixed(1)} sign-ins/s`;
  printTable(`(b) over HTTP, next start at ${base}`, [flow, post, burst], baseline);
  return percentile(flow.samples, 0.5);
}

async function cleanUp(): Promise<void> {
  const running = server;
  server = undefined;
  await running?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}

async function main(): Promise<void> {
  ensureBuild();
  const deadline = setTimeout(
    () => fail(new Error(`no result after ${DEADLINE_MS / 60_000} minutes`)),
    DEADLINE_MS,
  );
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-sign-in-"));
  await prepareDatabase({ target: { kind: "embedded", dataDir }, seed: true });
  await benchPasswordCheck(dataDir);
  server = await startAppServer(dataDir);
  const p50 = await benchHttp(server.base);
  const verdict = p50 < TARGET_P50_MS ? "met" : "MISSED";
  console.log(`\ntarget sign-in p50 < ${TARGET_P50_MS} ms: ${verdict} (${p50.toFixed(1)} ms)`);
  clearTimeout(deadline);
  await cleanUp();
}

let isStopping = false;

function fail(error: unknown): void {
  // Once stopping, the requests cut short by the cleanup fail too: only the first cause is news.
  if (isStopping) return;
  isStopping = true;
  console.error(error instanceof Error ? `sign-in bench failed: ${error.message}` : error);
  cleanUp().finally(() => process.exit(1));
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => fail(new Error(`stopped by ${signal}`)));
main().catch(fail);
