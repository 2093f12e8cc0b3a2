// Protects: with FACTDESK_WORKERS=off the app server only enqueues, and the worker process does the jobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceMember } from "@/lib/articles/testing/workspace-fixture";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { stopJobQueue } from "./job-queue";
import { startServerJobs } from "./start-workers";
import { detectionJobStates, saveQueuedVersion } from "./testing/queued-version";
import { runJobWorker } from "./worker";

const prisma = setupAppDatabase();
let user: SessionUser;

beforeAll(async () => {
  user = await createWorkspaceMember(prisma());
});

afterAll(async () => {
  await stopJobQueue(2_000);
});

describe("a server with its workers off", () => {
  it("enqueues without running the job, and the worker entry point then does it", async () => {
    await startServerJobs("off");
    const { versionId } = await saveQueuedVersion(prisma(), user, "Twelve households were evacuated.");
    expect(await detectionJobStates(prisma(), versionId)).toEqual(["created"]);
    // An in-process worker, woken on enqueuing, would have the job within milliseconds; give it far
    // longer, then check that nobody took it.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await detectionJobStates(prisma(), versionId)).toEqual(["created"]);
    expect(await prisma().suggestion.count({ where: { versionId } })).toBe(0);

    const worker = await runJobWorker({ pollingIntervalSeconds: 0.5 });
    try {
      await expect
        .poll(() => prisma().suggestion.count({ where: { versionId } }), { timeout: 20_000 })
        .toBeGreaterThan(0);
      await expect
        .poll(() => detectionJobStates(prisma(), versionId), { timeout: 10_000 })
        .toEqual(["completed"]);
    } finally {
      await worker.stop(2_000);
    }
  });

  it("runs the job itself when in-process, the default", async () => {
    await startServerJobs("in-process");
    const { versionId } = await saveQueuedVersion(prisma(), user, "Seven bridges closed.");
    await expect
      .poll(() => prisma().suggestion.count({ where: { versionId } }), { timeout: 20_000 })
      .toBeGreaterThan(0);
  });
});
