// Protects: the import actions a browser calls read, save and bulk-import as promised, for editors only.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { addArticleVersion, importFileAction, importNewArticle, previewImport } from "./actions";
import { createWorkspaceMember } from "./testing/workspace-fixture";

const prisma = setupAppDatabase();
let editor: SessionUser;
let viewer: SessionUser;

beforeAll(async () => {
  editor = await createWorkspaceMember(prisma());
  viewer = { ...(await createWorkspaceMember(prisma(), "VIEWER")), workspace: editor.workspace };
});

const file = (name: string, content: string) => new File([content], name);

describe("the review flow", () => {
  it("previews pasted text, then saves the corrected draft", async () => {
    const preview = await executeAction(previewImport, editor, {
      kind: "paste",
      text: "Bridge closed after crash\n\nThe bridge was closed on Monday.",
    });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data.draft.metadata.title).toBe("Bridge closed after crash");
    expect(preview.data.sameStory).toBeNull();
    const { draft } = preview.data;
    const saved = await executeAction(importNewArticle, editor, {
      ...draft.metadata,
      title: "Bridge closed after lorry crash",
      outlet: "Valley News",
      publishedAt: "2025-05-02T07:45",
      origin: draft.origin,
      sourceName: draft.sourceName,
      document: draft.document,
    });
    if (!saved.ok) throw new Error(saved.error);
    const article = await prisma().article.findUniqueOrThrow({ where: { id: saved.data.articleId } });
    expect(article).toMatchObject({
      title: "Bridge closed after lorry crash",
      outlet: "Valley News",
      publishedAt: new Date("2025-05-02T07:45:00Z"),
    });
  });

  it("puts each refusal next to its field, in words", async () => {
    const result = await executeAction(importNewArticle, editor, {
      title: "  ",
      url: "not an address",
      publishedAt: "14/12/2025",
      language: "English!",
      origin: "PASTE",
      sourceName: "Pasted text",
      document: { type: "doc", content: [] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      title: ["Give the article a title."],
      url: ["Enter the full address, starting with https:// or http://."],
      publishedAt: ["Enter a date and time such as 2025-12-14 16:30 (UTC)."],
      language: ["Use a language code such as en, de or pt-BR."],
    });
  });

  it("offers the article with the same address as the one to update", async () => {
    const html = `<html><head><link rel="canonical" href="https://valley.example/bridge"></head><body><p>${"Bridge text. ".repeat(30)}</p></body></html>`;
    const first = await executeAction(importFileAction, editor, { file: file("bridge.html", html) });
    if (!first.ok) throw new Error(first.error);
    const preview = await executeAction(previewImport, editor, {
      kind: "file",
      file: file("bridge-2.html", html.replace("Bridge text.", "Bridge text, updated.")),
    });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data.sameStory).toMatchObject({ articleId: first.data.articleId, versionNumber: 1 });
    const { draft } = preview.data;
    const saved = await executeAction(addArticleVersion, editor, {
      ...draft.metadata,
      origin: draft.origin,
      sourceName: draft.sourceName,
      document: draft.document,
      articleId: first.data.articleId,
    });
    expect(saved).toMatchObject({ ok: true, data: { outcome: "versionAdded", versionNumber: 2 } });
  });

  it("offers the earlier import of the same wire story as the one to update", async () => {
    const wire = (updated: string, text: string) =>
      ` date 2025-12-14 Ferry sinks off the coast\nPublished: 14 Dec. 2025, 09:00 Updated: 14 Dec. 2025, ${updated}\n${text}\n`;
    const first = await executeAction(importFileAction, editor, {
      file: file("ferry.txt", wire("09:10", "Ten rescued.")),
    });
    if (!first.ok) throw new Error(first.error);
    const preview = await executeAction(previewImport, editor, {
      kind: "paste",
      text: wire("11:40", "Twelve rescued."),
    });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data.draft.format).toBe("wire");
    expect(preview.data.sameStory).toMatchObject({ articleId: first.data.articleId, versionNumber: 1 });
  });

  it("refuses viewers before reading anything", async () => {
    const result = await executeAction(previewImport, viewer, { kind: "url", url: "http://127.0.0.1:1/" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("a bulk import, file by file", () => {
  it("imports the good files and names each bad one with its reason", async () => {
    const files = [
      file("one.txt", "First story\n\nThe first story's text."),
      file("empty.txt", ""),
      file("two.md", "# Second story\n\nThe second story's text."),
      file("scan.pdf", "%PDF-1.7 binary"),
      file("one-again.txt", "First story\n\nThe first story's text."),
    ];
    const before = await prisma().article.count({ where: { workspaceId: editor.workspace.id } });
    const results = [];
    for (const each of files) results.push(await executeAction(importFileAction, editor, { file: each }));
    expect(results.map((result) => (result.ok ? result.data.outcome : result.error))).toEqual([
      "created",
      "empty.txt: the file is empty.",
      "created",
      "scan.pdf: this is a PDF document; save its text as .txt or the original as .docx.",
      "unchanged",
    ]);
    expect(await prisma().article.count({ where: { workspaceId: editor.workspace.id } })).toBe(before + 2);
  });
});
