// Protects: the production server (`npm start`'s scripts/server.ts) stops cleanly on Ctrl-C: it says so, exits 0, and leaves the embedded database shut down, so the next start needs no recovery.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, SAMPLE_TITLE } from "./fixtures/accounts";

const port = Number(process.env.E2E_STOP_PORT ?? 3180);
const base = `http://localhost:${port}`;

/** PostgreSQL's pg_control: the cluster state is the uint32 after the 8-byte id and two uint32 versions. */
function clusterState(dataDir: string): number {
  return fs.readFileSync(path.join(dataDir, "pgdata/global/pg_control")).readUInt32LE(16);
}
const DB_SHUTDOWNED = 1;

let dataDir: string;
let server: ChildProcess | undefined;

/** Its own embedded database, migrated and seeded by the project's commands (as `npm start` would). */
function runDatabaseCommand(command: "migrate" | "seed"): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db.ts", command], {
    env: { ...process.env, DATABASE_URL: "", FACTDESK_DATA_DIR: dataDir },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`npm run db:${command} failed:\n${result.stderr}`);
}

test.beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-e2e-stop-"));
  runDatabaseCommand("migrate");
  runDatabaseCommand("seed");
});

test.afterAll(() => {
  if (server?.exitCode === null) server.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("Ctrl-C stops the server in order and says so; the embedded database is left shut down", async ({
  browser,
}) => {
  test.slow(); // a second production server starts beside the suite's own
  let stdout = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: "",
      FACTDESK_DATA_DIR: dataDir,
      NEXTAUTH_URL: base,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server = child;
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await expect
    .poll(
      () =>
        fetch(`${base}/sign-in`).then(
          (response) => response.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);

  // Signed out (a fresh context): the suite's stored session belongs to the other server's database.
  const context = await browser.newContext({ baseURL: base, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.demo.email);
  await page.getByLabel("Password").fill(ACCOUNTS.demo.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: SAMPLE_TITLE })).toBeVisible();
  await context.close();

  child.kill("SIGINT");
  expect(await exited).toBe(0);
  expect(stdout).toContain("Factdesk stopped: requests finished, job queue stopped, database closed.");
  expect(clusterState(dataDir)).toBe(DB_SHUTDOWNED);
});
