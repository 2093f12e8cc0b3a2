// Protects: every earlier version stays readable, and any two versions compare — only in the editor's workspace.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { blockTextsOfDocument, documentFromParagraphs } from "./document";
import { getArticleForReading } from "./get-article";
import { getVersionComparison } from "./get-version-comparison";
import { importArticle } from "./import-article";
import { createWorkspaceMember } from "./testing/workspace-fixture";

const prisma = setupAppDatabase();
let editor: SessionUser;
let rival: SessionUser;
let articleId: string;

async function saveVersion(
  paragraphs: string[],
  title: string,
  target: { kind: "new" } | { kind: "version"; articleId: string },
) {
  return importArticle({
    workspaceId: editor.workspace.id,
    actorId: editor.id,
    target,
    draft: {
      origin: target.kind === "new" ? "PASTE" : "URL",
      sourceName: "test",
      document: documentFromParagraphs(paragraphs),
      metadata: {
        title,
        outlet: "Riverside Post",
        url: null,
        byline: null,
        language: "en",
        publishedAt: new Date("2025-03-01T08:00:00Z"),
        sourceUpdatedAt: target.kind === "new" ? null : new Date("2025-03-01T12:00:00Z"),
      },
    },
  });
}

beforeAll(async () => {
  editor = await createWorkspaceMember(prisma());
  rival = await createWorkspaceMember(prisma());
  articleId = (
    await saveVersion(["Nine soldiers died.", "The regiment returned."], "First headline", { kind: "new" })
  ).articleId;
  await saveVersion(["Ten soldiers died.", "The regiment returned."], "Second headline", {
    kind: "version",
    articleId,
  });
  await saveVersion(
    ["Ten soldiers died.", "The regiment returned home.", "Officials declined to comment."],
    "Second headline",
    {
      kind: "version",
      articleId,
    },
  );
});

describe("getArticleForReading", () => {
  it("shows the current version with the whole history, newest first", async () => {
    const article = await getArticleForReading({ user: editor, articleId });
    expect(article).toMatchObject({
      title: "Second headline",
      isCurrentVersion: true,
      versionCount: 3,
      currentVersionNumber: 3,
    });
    expect(article?.versions.map((version) => [version.number, version.origin, version.createdBy])).toEqual([
      [3, "URL", editor.name],
      [2, "URL", editor.name],
      [1, "PASTE", editor.name],
    ]);
  });

  it("reads an earlier version with its own title, times and text", async () => {
    const first = await getArticleForReading({ user: editor, articleId, versionNumber: 1 });
    expect(first).toMatchObject({ title: "First headline", isCurrentVersion: false, sourceUpdatedAt: null });
    expect(blockTextsOfDocument(first?.document ?? { type: "doc", content: [] })).toEqual([
      "Nine soldiers died.",
      "The regiment returned.",
    ]);
    expect(await getArticleForReading({ user: editor, articleId, versionNumber: 9 })).toBeNull();
  });

  it("reveals nothing of the article to another workspace", async () => {
    expect(await getArticleForReading({ user: rival, articleId })).toBeNull();
    expect(await getArticleForReading({ user: rival, articleId, versionNumber: 1 })).toBeNull();
  });
});

describe("getVersionComparison", () => {
  it("compares the previous and current versions by default", async () => {
    const comparison = await getVersionComparison({ user: editor, articleId });
    expect(comparison).toMatchObject({ from: { number: 2 }, to: { number: 3 } });
    expect(comparison?.diff).toMatchObject({ changedBlocks: 2, addedWords: 5, removedWords: 0 });
  });

  it("compares any two versions, in either order, with their titles", async () => {
    const comparison = await getVersionComparison({ user: editor, articleId, from: 3, to: 1 });
    expect(comparison?.from).toMatchObject({ number: 3, title: "Second headline" });
    expect(comparison?.to).toMatchObject({ number: 1, title: "First headline" });
    expect(comparison?.diff.blocks[0]).toEqual({
      kind: "changed",
      segments: [
        { kind: "removed", text: "Ten" },
        { kind: "added", text: "Nine" },
        { kind: "same", text: " soldiers died." },
      ],
    });
  });

  it("is null for a version that does not exist, and for another workspace", async () => {
    expect(await getVersionComparison({ user: editor, articleId, from: 1, to: 7 })).toBeNull();
    expect(await getVersionComparison({ user: rival, articleId, from: 1, to: 2 })).toBeNull();
  });
});
