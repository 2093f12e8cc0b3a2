// Protects: imports save whole or not at all, new versions keep the old ones, and no workspace touches another's.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { documentFromParagraphs, plainTextFromDocument } from "./document";
import { type ImportDraft, importArticle } from "./import-article";
import { createWorkspaceMember } from "./testing/workspace-fixture";

const prisma = setupAppDatabase();
let editor: SessionUser;
let rival: SessionUser;

beforeAll(async () => {
  editor = await createWorkspaceMember(prisma());
  rival = await createWorkspaceMember(prisma());
});

function draft(
  paragraphs: string[],
  overrides: Partial<ImportDraft["metadata"]> & { origin?: ImportDraft["origin"] } = {},
) {
  const { origin = "PASTE", ...metadata } = overrides;
  return {
    origin,
    sourceName: "test",
    document: documentFromParagraphs(paragraphs),
    metadata: {
      title: "Dam breach floods 40 homes",
      outlet: null,
      url: null,
      byline: null,
      language: "en",
      publishedAt: null,
      sourceUpdatedAt: null,
      ...metadata,
    },
  } satisfies ImportDraft;
}

const save = (user: SessionUser, value: ImportDraft, target: Parameters<typeof importArticle>[0]["target"]) =>
  importArticle({ workspaceId: user.workspace.id, actorId: user.id, draft: value, target });

describe("importArticle", () => {
  it("holds a reviewed draft to the import size limit, saving nothing", async () => {
    const before = await prisma().article.count();
    process.env.FACTDESK_IMPORT_MAX_MB = "0.001"; // about 1 KB
    try {
      await expect(save(editor, draft(["x".repeat(2000)]), { kind: "new" })).rejects.toMatchObject({
        code: "TOO_LARGE",
        message: expect.stringMatching(/^test: the text is .*; the limit is /),
      });
    } finally {
      delete process.env.FACTDESK_IMPORT_MAX_MB;
    }
    expect(await prisma().article.count()).toBe(before);
  });

  it("creates an article, its version 1 and an audit entry together", async () => {
    const result = await save(editor, draft(["The dam  breached\tat dawn.", "40 homes flooded."]), {
      kind: "new",
    });
    expect(result).toMatchObject({
      outcome: "created",
      versionNumber: 1,
      title: "Dam breach floods 40 homes",
    });
    const version = await prisma().articleVersion.findUniqueOrThrow({ where: { id: result.versionId } });
    // Whitespace is normalized and the plain text is derived from the stored document.
    expect(version.plainText).toBe("The dam breached at dawn.\n\n40 homes flooded.");
    expect(plainTextFromDocument(version.document as never)).toBe(version.plainText);
    const audit = await prisma().auditEvent.findMany({ where: { entityId: result.articleId } });
    expect(audit.map((entry) => entry.action)).toEqual(["article.created"]);
  });

  it("adds versions that keep the earlier ones, and nothing for the same title and text", async () => {
    const first = await save(editor, draft(["Version one text."]), { kind: "new" });
    const target = { kind: "version" as const, articleId: first.articleId };
    const second = await save(editor, draft(["Version two text."], { outlet: "Riverside Post" }), target);
    const again = await save(editor, draft(["Version two text."]), target);
    expect(second).toMatchObject({ outcome: "versionAdded", versionNumber: 2 });
    expect(again).toMatchObject({ outcome: "unchanged", versionNumber: 2, versionId: second.versionId });
    const article = await prisma().article.findUniqueOrThrow({
      where: { id: first.articleId },
      include: { versions: { orderBy: { number: "asc" } } },
    });
    expect(article.versions.map((version) => version.plainText)).toEqual([
      "Version one text.",
      "Version two text.",
    ]);
    expect(article).toMatchObject({
      currentVersionId: second.versionId,
      outlet: "Riverside Post",
      revision: 1,
    });
    const actions = await prisma().auditEvent.findMany({
      where: { entityId: first.articleId },
      orderBy: { id: "asc" },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["article.created", "article.version_added"]);
  });

  it("treats a changed headline as a new version even when the text is the same", async () => {
    const first = await save(editor, draft(["Same text."]), { kind: "new" });
    const retitled = await save(editor, draft(["Same text."], { title: "Dam breach: 41 homes" }), {
      kind: "version",
      articleId: first.articleId,
    });
    expect(retitled).toMatchObject({
      outcome: "versionAdded",
      versionNumber: 2,
      title: "Dam breach: 41 homes",
    });
  });

  it("matches an update by its address, ignoring tracking parameters", async () => {
    const url = "https://riverside.example/dam-breach";
    const first = await save(editor, draft(["Early report."], { url }), { kind: "match" });
    const update = await save(
      editor,
      draft(["Fuller report."], { url: `${url}?utm_source=newsletter#top` }),
      {
        kind: "match",
      },
    );
    expect(update).toMatchObject({ outcome: "versionAdded", articleId: first.articleId, versionNumber: 2 });
  });

  it("matches a wire update by headline and publication time", async () => {
    const publishedAt = new Date("2025-12-14T16:30:00Z");
    const wire = { origin: "WIRE" as const, title: "Wire: port strike ends", publishedAt };
    const first = await save(editor, draft(["Strike ends."], wire), { kind: "match" });
    const update = await save(
      editor,
      draft(["Strike ends; talks resume."], { ...wire, sourceUpdatedAt: new Date() }),
      {
        kind: "match",
      },
    );
    expect(update).toMatchObject({ outcome: "versionAdded", articleId: first.articleId });
  });

  it("reports a file imported twice as already there, adding nothing", async () => {
    const first = await save(editor, draft(["A text imported twice."], { title: "Twice" }), {
      kind: "match",
    });
    const before = await prisma().articleVersion.count();
    const again = await save(editor, draft(["A text imported twice."], { title: "Twice" }), {
      kind: "match",
    });
    expect(again).toMatchObject({ outcome: "unchanged", articleId: first.articleId, versionNumber: 1 });
    expect(await prisma().articleVersion.count()).toBe(before);
  });

  it("never adds a version to another workspace's article, nor reveals it", async () => {
    const theirs = await save(rival, draft(["Rival text."]), { kind: "new" });
    const attempt = save(editor, draft(["Hijack."]), { kind: "version", articleId: theirs.articleId });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma().articleVersion.count({ where: { articleId: theirs.articleId } })).toBe(1);
  });

  it("does not match another workspace's article by address or text", async () => {
    const url = "https://riverside.example/shared-story";
    const theirs = await save(rival, draft(["Shared story text."], { url }), { kind: "match" });
    const ours = await save(editor, draft(["Shared story text."], { url }), { kind: "match" });
    expect(ours.outcome).toBe("created");
    expect(ours.articleId).not.toBe(theirs.articleId);
  });

  it("leaves nothing behind when the transaction fails part-way", async () => {
    const articles = await prisma().article.count();
    const audit = await prisma().auditEvent.count();
    // An actor that does not exist fails the version's foreign key after the article row was written.
    const failing = importArticle({
      workspaceId: editor.workspace.id,
      actorId: "no-such-user-00000000000",
      draft: draft(["Half saved?"]),
      target: { kind: "new" },
    });
    await expect(failing).rejects.toThrow();
    expect(await prisma().article.count()).toBe(articles);
    expect(await prisma().auditEvent.count()).toBe(audit);
  });

  it("refuses a document with no text", async () => {
    await expect(
      save(editor, { ...draft([]), document: { type: "doc", content: [] } }, { kind: "new" }),
    ).rejects.toThrow("test: the article has no text to save.");
  });

  it("moves the article's claims onto a new version, orphaning one whose words are gone", async () => {
    const first = await save(
      editor,
      draft(["Police said 14 people were hurt.", "The road reopened at noon."]),
      {
        kind: "new",
      },
    );
    const firstText = "Police said 14 people were hurt.\n\nThe road reopened at noon.";
    const claim = (exact: string, start = firstText.indexOf(exact)) =>
      prisma().claim.create({
        data: {
          workspaceId: editor.workspace.id,
          articleId: first.articleId,
          originVersionId: first.versionId,
          versionId: first.versionId,
          kind: "NUMBER",
          quoteExact: exact,
          quotePrefix: "",
          quoteSuffix: "",
          positionStart: start,
          positionEnd: start + exact.length,
          createdById: editor.id,
        },
      });
    const kept = await claim("14 people were hurt");
    const dropped = await claim("reopened at noon");
    const second = await save(
      editor,
      draft(["Update: police said 14 people were hurt.", "The road stays shut."]),
      {
        kind: "version",
        articleId: first.articleId,
      },
    );
    expect(second.claims).toEqual({ anchored: 1, orphaned: 1 });
    const moved = await prisma().claim.findUniqueOrThrow({ where: { id: kept.id } });
    expect(moved).toMatchObject({ versionId: second.versionId, anchorStatus: "ANCHORED", positionStart: 20 });
    expect(await prisma().claim.findUniqueOrThrow({ where: { id: dropped.id } })).toMatchObject({
      anchorStatus: "ORPHANED",
    });
  });

  it("numbers concurrent versions of one article one after the other", async () => {
    const first = await save(editor, draft(["Base."]), { kind: "new" });
    const target = { kind: "version" as const, articleId: first.articleId };
    const results = await Promise.all(
      ["A", "B", "C", "D"].map((letter) => save(editor, draft([`Concurrent ${letter}.`]), target)),
    );
    expect(results.map((result) => result.versionNumber).sort()).toEqual([2, 3, 4, 5]);
  });
});
