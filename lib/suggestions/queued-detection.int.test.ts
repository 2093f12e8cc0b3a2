// Protects: imports that leave detection to the job queue return at once, and their suggestions still arrive.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFileAction } from "@/lib/articles/actions";
import { createWorkspaceMember } from "@/lib/articles/testing/workspace-fixture";
import type { SessionUser } from "@/lib/auth/session-user";
import { getJobQueue, stopJobQueue } from "@/lib/jobs/job-queue";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { readDetectionProgress, readSuggestions } from "./actions";
import { startDetectionWorker } from "./detection-job";
import { INLINE_DETECTION_MAX_CHARS } from "./new-version";
import { importSample, run, SAMPLE, wire } from "./testing/sample-article";

const prisma = setupAppDatabase();
let editor: SessionUser;

beforeAll(async () => {
  editor = await createWorkspaceMember(prisma());
});

afterAll(async () => {
  await stopJobQueue(2_000);
});

describe("a very long text", () => {
  it("is detected by the queue even when imported alone, so the import does not wait for it", async () => {
    const paragraphs: string[] = [];
    while (paragraphs.join("\n\n").length <= INLINE_DETECTION_MAX_CHARS) paragraphs.push(...wire.paragraphs);
    const imported = await importSample(editor, paragraphs);
    expect(await prisma().suggestion.count({ where: { versionId: imported.versionId } })).toBe(0);
    expect(await run(readDetectionProgress, editor, { articleIds: [imported.articleId] })).toMatchObject({
      pending: 1,
    });
  });
});

describe("bulk imports", () => {
  it("return before detection, which the queue's worker then does", async () => {
    // A workspace of its own: in the editor's, the same wire headline would update an earlier import.
    const editor = await createWorkspaceMember(prisma());
    const file = new File([SAMPLE], "kursk-casualties.txt", { type: "text/plain" });
    const imported = await run(importFileAction, editor, { file });
    expect(imported.outcome).toBe("created");
    expect(await prisma().suggestion.count({ where: { versionId: imported.versionId } })).toBe(0);
    expect(await run(readDetectionProgress, editor, { articleIds: [imported.articleId] })).toEqual({
      pending: 1,
      articles: [{ articleId: imported.articleId, versionIds: [imported.versionId] }],
    });
    expect(await run(readSuggestions, editor, { articleId: imported.articleId })).toMatchObject({
      suggestions: [],
      isDetecting: true,
    });

    await startDetectionWorker(await getJobQueue({ isWorker: true }), { pollingIntervalSeconds: 0.5 });
    await expect
      .poll(() => prisma().suggestion.count({ where: { versionId: imported.versionId } }), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    await expect
      .poll(async () => (await run(readDetectionProgress, editor, {})).pending, { timeout: 10_000 })
      .toBe(0);
    const list = await run(readSuggestions, editor, { articleId: imported.articleId });
    expect(list.isDetecting).toBe(false);
    expect(list.suggestions.some((s) => s.kind === "CASUALTY_FIGURE" && s.text.includes("nine lives"))).toBe(
      true,
    );
  });
});
