// Protects: `npm run worker` does the queued jobs, stops cleanly on SIGTERM, and refuses the embedded database.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceMember } from "@/lib/articles/testing/workspace-fixture";
import type { SessionUser } from "@/lib/auth/session-user";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { detectionJobStates, saveQueuedVersion } from "@/lib/jobs/testing/queued-version";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { getTestServerUrl } from "@/lib/testing/test-database";

const root = path.resolve(import.meta.dirname, "..");
const script = "scripts/worker.ts";
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test" as const };

describe("npm run worker", () => {
  it("refuses the embedded database in one line", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", script], {
      cwd: root,
      encoding: "utf8",
      env: { ...baseEnv, DATABASE_URL: "" },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^npm run worker needs DATABASE_URL: the embedded database/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});

// The worker runs beside the app on a PostgreSQL server only; the embedded run has the refusal above.
if (getTestServerUrl()) {
  describe("npm run worker on PostgreSQL", () => {
    const prisma = setupAppDatabase();
    let user: SessionUser;
    let worker: ChildProcess | undefined;

    beforeAll(async () => {
      user = await createWorkspaceMember(prisma());
    });

    afterAll(async () => {
      if (worker?.exitCode === null) worker.kill("SIGKILL");
      await stopJobQueue(2_000);
    });

    it("does a job queued before it started, then stops cleanly on SIGTERM", async () => {
      const { versionId } = await saveQueuedVersion(prisma(), user, "Nine lives were lost.");
      const target = resolveDatabaseTarget();
      if (target.kind !== "postgres") throw new Error("expected the test server's database");
      const child = spawn(process.execPath, ["--import", "tsx", script], {
        cwd: root,
        env: { ...baseEnv, DATABASE_URL: target.url },
        stdio: ["ignore", "pipe", "pipe"],
      });
      worker = child;
      let stdout = "";
      let stderr = "";
      child.stdout?.on("data", (chunk) => {
        stdout += chunk;
      });
      child.stderr?.on("data", (chunk) => {
        stderr += chunk;
      });
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

      await expect.poll(() => stdout, { timeout: 30_000 }).toMatch(/Factdesk worker is taking jobs/);
      await expect
        .poll(() => detectionJobStates(prisma(), versionId), { timeout: 20_000 })
        .toEqual(["completed"]);
      expect(await prisma().suggestion.count({ where: { versionId } })).toBeGreaterThan(0);

      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stdout).toContain("Factdesk worker stopped: job queue stopped, database closed.");
      expect(stderr).toBe("");
    });
  });
}
