// Protects: a queued detection job is done exactly once, even when the app was down when it was queued.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceMember } from "@/lib/articles/testing/workspace-fixture";
import type { SessionUser } from "@/lib/auth/session-user";
import { disconnectPrisma } from "@/lib/db";
import type { Detection } from "@/lib/detect/types";
import {
  DETECTION_QUEUE,
  enqueueDetection,
  startDetectionWorker,
  wakeDetectionWorker,
} from "@/lib/suggestions/detection-job";
import { findDetectionProgress } from "@/lib/suggestions/detection-progress";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { getJobQueue, JOB_SCHEMA, stopJobQueue } from "./job-queue";

const prisma = setupAppDatabase();
let user: SessionUser;

/** A stand-in detector: the first word of the text, as a number. */
const detect = (text: string): Detection[] => {
  const end = text.indexOf(" ");
  return [
    {
      kind: "number",
      start: 0,
      end,
      text: text.slice(0, end),
      normalized: { value: 1 },
      score: 0.5,
      reason: "test",
    },
  ];
};

beforeAll(async () => {
  user = await createWorkspaceMember(prisma());
});

afterAll(async () => {
  await stopJobQueue(2_000);
});

/** An article whose version has no suggestions yet (rows written directly: no inline detection). */
async function createVersion(text: string) {
  const article = await prisma().article.create({
    data: { workspaceId: user.workspace.id, createdById: user.id, title: "Queued" },
  });
  const version = await prisma().articleVersion.create({
    data: {
      articleId: article.id,
      number: 1,
      title: "Queued",
      plainText: text,
      document: {},
      contentHash: text,
      origin: "PASTE",
      createdById: user.id,
    },
  });
  await prisma().article.update({ where: { id: article.id }, data: { currentVersionId: version.id } });
  return { articleId: article.id, versionId: version.id };
}

async function enqueue(versionIds: string[]) {
  const queue = await getJobQueue();
  await prisma().$transaction((tx) => enqueueDetection(tx, queue, versionIds));
}

async function waitForSuggestions(versionId: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = await prisma().suggestion.findMany({ where: { versionId } });
    if (found.length > 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No suggestions for ${versionId} after ${timeoutMs} ms`);
}

const jobsOf = (versionId: string) =>
  prisma().$queryRawUnsafe<Array<{ state: string }>>(
    `SELECT state::text FROM "${JOB_SCHEMA}".job WHERE name = $1 AND data->>'versionId' = $2`,
    DETECTION_QUEUE.name,
    versionId,
  );

describe("the detection queue", () => {
  it("keeps no job from a transaction that rolled back", async () => {
    const { versionId } = await createVersion("Nine lives were lost.");
    const queue = await getJobQueue();
    await expect(
      prisma().$transaction(async (tx) => {
        await enqueueDetection(tx, queue, [versionId]);
        throw new Error("the import failed");
      }),
    ).rejects.toThrow("the import failed");
    expect(await jobsOf(versionId)).toEqual([]);
  });

  it("holds a job while no worker runs, shows it as pending, and a worker started later does it", async () => {
    const { articleId, versionId } = await createVersion("Twelve households were evacuated.");
    await enqueue([versionId]);
    expect(await findDetectionProgress(prisma(), user.workspace.id)).toMatchObject({
      pending: 1,
      articles: [{ articleId, versionIds: [versionId] }],
    });
    const other = await createWorkspaceMember(prisma());
    expect(await findDetectionProgress(prisma(), other.workspace.id, [articleId])).toEqual({
      pending: 0,
      articles: [],
    });

    // The app goes down: its queue stops and the database closes (the embedded one releases its folder).
    await stopJobQueue();
    await disconnectPrisma();
    expect(await prisma().suggestion.count({ where: { versionId } })).toBe(0);

    // The app starts again, with its worker.
    await startDetectionWorker(await getJobQueue({ isWorker: true }), {
      detect,
      pollingIntervalSeconds: 0.5,
    });
    const [suggestion] = await waitForSuggestions(versionId);
    expect(suggestion).toMatchObject({ kind: "NUMBER", text: "Twelve", start: 0, end: 6, status: "OPEN" });
    await expect
      .poll(async () => (await jobsOf(versionId)).map((job) => job.state), { timeout: 10_000 })
      .toEqual(["completed"]);
    expect(await findDetectionProgress(prisma(), user.workspace.id, [articleId])).toEqual({
      pending: 0,
      articles: [],
    });
  });

  it("does every job of a batch once, and a job for a deleted article without failing", async () => {
    const versions = await Promise.all(["Three ships sank.", "Four trains stopped."].map(createVersion));
    const gone = await createVersion("Five planes landed.");
    await enqueue([...versions.map((version) => version.versionId), gone.versionId]);
    await prisma().article.delete({ where: { id: gone.articleId } });
    for (const { versionId } of versions) expect(await waitForSuggestions(versionId)).toHaveLength(1);
    await expect
      .poll(async () => (await jobsOf(gone.versionId)).map((job) => job.state), { timeout: 10_000 })
      .toEqual(["completed"]);
  });

  it("wakes this process's worker on enqueuing, long before its next poll", async () => {
    await stopJobQueue();
    await startDetectionWorker(await getJobQueue({ isWorker: true }), { detect, pollingIntervalSeconds: 60 });
    await new Promise((resolve) => setTimeout(resolve, 500)); // past the worker's first, empty fetch
    const { versionId } = await createVersion("Seven bridges closed.");
    await enqueue([versionId]);
    wakeDetectionWorker();
    expect(await waitForSuggestions(versionId, 10_000)).toHaveLength(1);
  });
});
