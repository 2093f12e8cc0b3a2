/**
 * Crash safety on PostgreSQL, printed check by check (exit 1 when one fails):
 * (a) the app server is killed with SIGKILL in the middle of a browser bulk import of 200 files;
 * (b) `npm run import` of 200 more files is killed with SIGKILL mid-run (it detects each file's
 *     suggestions inside the file's own transaction, so it leaves no job behind).
 * After each kill: no article without its current version, no version with neither suggestions nor
 * a detection job, no claim without its article, no job for a version that does not exist. Then the
 * server is started again and must finish every enqueued detection job, including the one that was
 * running when it died (pg-boss's maintenance retries it once it expires).
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import pg from "pg";
import { CHROMIUM_ARGS, resolveChromium } from "@/e2e/browser";
import { prepareDatabase } from "@/lib/db/prepare";
import { parsePostgresUrl } from "@/lib/db/target";
import { DEMO } from "@/prisma/demo-account";
import { type AppServer, ensureBuild, startAppServer, waitForRunningBuild } from "./lib/app-server";
import { createBenchDatabase } from "./lib/bench-database";
import { makeArticle } from "./lib/corpus";

const ARTICLES = 200;
/** How many imports to let through before the kill: far enough in that work is in flight. */
const KILL_AFTER = 60;
const FINISH_TIMEOUT_MS = 5 * 60_000;
const root = path.resolve(import.meta.dirname, "..");

type File = { name: string; mimeType: string; buffer: Buffer };

/** A wire story with a figure and a date in its first paragraph, so detection always finds claims. */
function storyFile(index: number): File {
  const body = makeArticle(index, 300).paragraphs.join("\n\n");
  const text = `Crash-safety story ${index}\n\nNine soldiers were killed on May 28, the ministry said.\n\n${body}`;
  return { name: `story-${index}.txt`, mimeType: "text/plain", buffer: Buffer.from(text) };
}

type Check = { what: string; count: number };

/** The half-saved states a kill must never leave, each as a count that must be 0. */
async function findHalfSaved(db: pg.Client): Promise<Check[]> {
  const jobTables = await detectionJobTables(db);
  const anyJob = jobTables
    .map(
      (table) =>
        `SELECT 1 FROM ${table} j WHERE j.name = 'detect-suggestions' AND j.data->>'versionId' = v.id`,
    )
    .join(" UNION ALL ");
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
  return [
    {
      what: "articles without their current version",
      count: await count(`SELECT count(*) AS n FROM "Article" a
        WHERE a."currentVersionId" IS NULL
           OR NOT EXISTS (SELECT 1 FROM "ArticleVersion" v WHERE v.id = a."currentVersionId")`),
    },
    {
      what: "versions with neither suggestions nor a detection job",
      count: await count(`SELECT count(*) AS n FROM "ArticleVersion" v
        WHERE NOT EXISTS (SELECT 1 FROM "Suggestion" s WHERE s."versionId" = v.id)
          ${anyJob ? `AND NOT EXISTS (${anyJob})` : ""}`),
    },
    {
      what: "claims without their article",
      count: await count(`SELECT count(*) AS n FROM "Claim" c
        WHERE NOT EXISTS (SELECT 1 FROM "Article" a WHERE a.id = c."articleId")`),
    },
    {
      what: "detection jobs for versions that do not exist",
      count: jobTables.length
        ? await count(`SELECT count(*) AS n FROM pgboss.job j WHERE j.name = 'detect-suggestions'
            AND NOT EXISTS (SELECT 1 FROM "ArticleVersion" v WHERE v.id = j.data->>'versionId')`)
        : 0,
    },
  ];
}

/** pg-boss's job table, and its archive (where completed jobs move after a while), once installed. */
async function detectionJobTables(db: pg.Client): Promise<string[]> {
  const { rows } = await db.query<{ job: boolean; archive: boolean }>(
    `SELECT to_regclass('pgboss.job') IS NOT NULL AS job, to_regclass('pgboss.archive') IS NOT NULL AS archive`,
  );
  const tables: string[] = [];
  if (rows[0]?.job) tables.push("pgboss.job");
  if (rows[0]?.archive) tables.push("pgboss.archive");
  return tables;
}

async function countArticles(db: pg.Client): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Article"`);
  return Number(rows[0]?.n ?? 0);
}

let failures = 0;
function report(stage: string, checks: Check[]): void {
  console.log(stage);
  for (const check of checks) {
    if (check.count > 0) failures++;
    console.log(`  ${check.count === 0 ? "ok  " : "FAIL"} ${check.count} ${check.what}`);
  }
}

/** (a) A browser bulk import of 200 files; the server is killed once KILL_AFTER are in. */
async function crashServerDuringBulkImport(server: AppServer, db: pg.Client): Promise<number> {
  const browser = await chromium.launch({
    executablePath: resolveChromium(chromium.executablePath()),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.base}/sign-in`);
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/articles$/);
    await page.goto(`${server.base}/articles/import`);
    await page.getByRole("tab", { name: "Upload files" }).click();
    await page
      .getByLabel("Files", { exact: true })
      .setInputFiles(Array.from({ length: ARTICLES }, (_, index) => storyFile(index)));
    const before = await countArticles(db);
    await page.getByRole("button", { name: `Import ${ARTICLES} files` }).click();
    const deadline = Date.now() + 120_000;
    while ((await countArticles(db)) - before < KILL_AFTER) {
      if (Date.now() > deadline)
        throw new Error(`the bulk import saved fewer than ${KILL_AFTER} articles in 2 min`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await server.crash();
    return (await countArticles(db)) - before;
  } finally {
    await browser.close();
  }
}

/** (b) `npm run import` of 200 files in a folder, killed once KILL_AFTER lines of results are out. */
async function crashImportCommand(databaseUrl: string, db: pg.Client): Promise<number> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-crash-import-"));
  for (let index = 0; index < ARTICLES; index++) {
    const file = storyFile(1000 + index);
    fs.writeFileSync(path.join(folder, file.name), file.buffer);
  }
  const before = await countArticles(db);
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/import.ts", "--workspace", DEMO.workspace.slug, folder],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let lines = 0;
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      lines += chunk.toString().split("\n").length - 1;
      if (lines > KILL_AFTER) {
        child.kill("SIGKILL");
        resolve();
      }
    });
    child.once("exit", () => reject(new Error(`npm run import ended before the kill:\n${stderr}`)));
  });
  await exited;
  fs.rmSync(folder, { recursive: true, force: true });
  return (await countArticles(db)) - before;
}

/** After the restart: polls until no detection job is left and every version has its suggestions. */
async function waitForQueueToFinish(db: pg.Client): Promise<{ seconds: number; completed: number }> {
  const startedAt = performance.now();
  for (;;) {
    const { rows } = await db.query<{ unfinished: string; bare: string; completed: string }>(`
      SELECT
        (SELECT count(*) FROM pgboss.job WHERE name = 'detect-suggestions' AND state IN ('created', 'retry', 'active')) AS unfinished,
        (SELECT count(*) FROM "ArticleVersion" v WHERE NOT EXISTS (SELECT 1 FROM "Suggestion" s WHERE s."versionId" = v.id)) AS bare,
        (SELECT count(*) FROM pgboss.job WHERE name = 'detect-suggestions' AND state = 'completed') AS completed`);
    const row = rows[0];
    const seconds = (performance.now() - startedAt) / 1000;
    if (row && Number(row.unfinished) === 0 && Number(row.bare) === 0) {
      return { seconds, completed: Number(row.completed) };
    }
    if (seconds * 1000 > FINISH_TIMEOUT_MS) {
      throw new Error(
        `after ${seconds.toFixed(0)} s: ${row?.unfinished} jobs unfinished, ${row?.bare} versions bare`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main() {
  await waitForRunningBuild();
  ensureBuild();
  const database = await createBenchDatabase();
  const db = new pg.Client({ connectionString: database.url });
  let server: AppServer | undefined;
  try {
    const config = parsePostgresUrl(database.url, "bench database");
    await prepareDatabase({ target: { kind: "postgres", url: database.url, config }, seed: true });
    await db.connect();

    server = await startAppServer({ databaseUrl: database.url });
    const inBeforeCrash = await crashServerDuringBulkImport(server, db);
    report(
      `(a) server killed (SIGKILL) during a browser bulk import of ${ARTICLES} files, ${inBeforeCrash} saved:`,
      await findHalfSaved(db),
    );

    const { rows: states } = await db.query<{ state: string; n: string }>(
      `SELECT state::text, count(*) AS n FROM pgboss.job WHERE name = 'detect-suggestions' GROUP BY 1 ORDER BY 1`,
    );
    console.log(
      `  detection jobs left by the kill: ${states.map((row) => `${row.n} ${row.state}`).join(", ")}`,
    );

    const inBeforeKill = await crashImportCommand(database.url, db);
    report(
      `(b) npm run import of ${ARTICLES} files killed (SIGKILL) mid-run, ${inBeforeKill} saved:`,
      await findHalfSaved(db),
    );

    server = await startAppServer({ databaseUrl: database.url });
    const finished = await waitForQueueToFinish(db);
    console.log(
      `after restart: every enqueued detection finished in ${finished.seconds.toFixed(1)} s (${finished.completed} jobs completed), every version has its suggestions`,
    );
    report("after restart:", await findHalfSaved(db));
  } finally {
    await server?.stop();
    await db.end().catch(() => undefined);
    await database.drop();
  }
  console.log(
    failures === 0 ? "crash safety: every check passed" : `crash safety: ${failures} check(s) FAILED`,
  );
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
