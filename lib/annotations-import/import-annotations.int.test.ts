// Protects: another tool's annotations become claims an editor can review, what cannot be placed
// is reported rather than dropped, and a bad file or a foreign article changes nothing.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { createArticle } from "@/lib/articles/create-article";
import { parseWireArticle } from "@/lib/articles/wire-format";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { importAnnotations } from "./import-annotations";

const prisma = setupAppDatabase();
const wire = parseWireArticle(
  fs.readFileSync(path.join(import.meta.dirname, "../../prisma/seed-data/kursk-casualties.txt"), "utf8"),
);
const hypothesis: unknown = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "testing/hypothesis-annotations.json"), "utf8"),
);
let editor: SessionUser;
let outsider: SessionUser;

async function member(slug: string) {
  const workspace = await prisma().workspace.create({
    data: { slug: `${slug}-${randomUUID()}`, name: slug },
    select: { id: true, slug: true, name: true },
  });
  const user = await prisma().user.create({
    data: {
      email: `${randomUUID()}@import.example`,
      name: `Editor of ${slug}`,
      memberships: { create: { workspaceId: workspace.id, role: "EDITOR" } },
    },
  });
  return { id: user.id, email: user.email, name: user.name, workspace, role: "EDITOR" as const };
}

beforeAll(async () => {
  editor = await member("import-desk");
  outsider = await member("other-desk");
});

async function article() {
  return createArticle({
    prisma: prisma(),
    workspaceId: editor.workspace.id,
    createdById: editor.id,
    title: wire.title,
    paragraphs: wire.paragraphs,
    origin: "WIRE",
  });
}

/** Rows an import could write, to show that a refused one wrote none. */
async function rowCounts(articleId: string) {
  const [claims, sources, audit] = await Promise.all([
    prisma().claim.count({ where: { articleId } }),
    prisma().source.count({ where: { workspaceId: editor.workspace.id } }),
    prisma().auditEvent.count({ where: { workspaceId: editor.workspace.id } }),
  ]);
  return { claims, sources, audit };
}

describe("annotations.import", () => {
  it("turns Hypothesis-style annotations into claims and reports the two it cannot place", async () => {
    const { id } = await article();
    const result = await executeAction(importAnnotations, editor, { articleId: id, collection: hypothesis });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ created: 3, verdictsSet: 0, evidenceAdded: 0 });
    expect(result.data.unanchored).toEqual([
      {
        name: "Annotation 4 (https://hypothes.is/a/Zs3oR2ypEfC5cVhMr4f2Cc)",
        quote: null,
        reason: "it selects no quoted text (no TextQuoteSelector)",
      },
      {
        name: "Annotation 5 (https://hypothes.is/a/At4pS3zqEfC5cWjOt5g3Dd)",
        quote: "1,200 soldiers were killed",
        reason: "its words were not found in this version",
      },
    ]);
    const claims = await prisma().claim.findMany({
      where: { articleId: id },
      orderBy: { positionStart: "asc" },
    });
    expect(claims.map((claim) => [claim.quoteExact, claim.kind, claim.note, claim.verdict])).toEqual([
      [
        "the heartrending loss of nine lives",
        "CASUALTY_FIGURE",
        "Only KCNA's word for this. Ask the NIS for its **own** count.",
        "UNREVIEWED",
      ],
      [
        "528th Regiment of Engineers",
        "OTHER",
        "Unit designation differs between outlets.\n\nTags: unit, needs-source",
        "UNREVIEWED",
      ],
      ["May 28", "OTHER", "KCNA gave this date; check against the NIS briefing.", "UNREVIEWED"],
    ]);
    const created = await prisma().auditEvent.count({ where: { articleId: id, action: "claim.created" } });
    expect(created).toBe(3);
  });

  it("adds nothing when the same file is imported again, and says so", async () => {
    const { id } = await article();
    await executeAction(importAnnotations, editor, { articleId: id, collection: hypothesis });
    const again = await executeAction(importAnnotations, editor, { articleId: id, collection: hypothesis });
    expect(again.ok && again.data.created).toBe(0);
    expect(again.ok && again.data.notices).toHaveLength(3);
    expect(await prisma().claim.count({ where: { articleId: id } })).toBe(3);
  });

  it("keeps a claim unreviewed, and says why, when its verdict lacks the evidence the rules ask for", async () => {
    const { id } = await article();
    const collection = {
      type: "Annotation",
      motivation: "assessing",
      body: [
        { type: "TextualBody", purpose: "assessing", value: "Verified" },
        { type: "TextualBody", purpose: "commenting", value: "Trust me." },
      ],
      target: { source: "https://a.example/", selector: { type: "TextQuoteSelector", exact: "May 28" } },
    };
    const result = await executeAction(importAnnotations, editor, { articleId: id, collection });
    expect(result.ok && result.data).toMatchObject({
      created: 1,
      verdictsSet: 0,
      notices: [
        expect.stringMatching(
          /“Verified” needs at least one source attached as supporting evidence; the claim was imported unreviewed/,
        ),
      ],
    });
    const claim = await prisma().claim.findFirstOrThrow({ where: { articleId: id } });
    expect(claim.verdict).toBe("UNREVIEWED");
    expect(await prisma().article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT" });
  });

  it.each([
    ["a file that is not W3C annotations", { rows: [{ text: "hi" }] }, /not W3C Web Annotation data/],
    [
      "one broken annotation among good ones",
      [...(hypothesis as unknown[]), { type: "Annotation" }],
      /Annotation 6 of 6/,
    ],
    ["no file at all", undefined, /Choose a W3C annotations file/],
  ])("writes nothing for %s", async (_name, collection, message) => {
    const { id } = await article();
    const before = await rowCounts(id);
    const result = await executeAction(importAnnotations, editor, { articleId: id, collection });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", error: expect.stringMatching(message) });
    expect(await rowCounts(id)).toEqual(before);
  });

  it("refuses a file over 5 MB as too large", async () => {
    const { id } = await article();
    const padding = "x".repeat(5 * 1024 * 1024);
    const collection = { type: "Annotation", bodyValue: padding, target: "https://a.example/" };
    const result = await executeAction(importAnnotations, editor, { articleId: id, collection });
    expect(result).toMatchObject({ ok: false, code: "TOO_LARGE" });
  });

  it("does not find another workspace's article", async () => {
    const { id } = await article();
    const before = await rowCounts(id);
    const result = await executeAction(importAnnotations, outsider, {
      articleId: id,
      collection: hypothesis,
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await rowCounts(id)).toEqual(before);
  });

  it("refuses to add claims to an approved article", async () => {
    const { id } = await article();
    await prisma().article.update({ where: { id }, data: { status: "APPROVED" } });
    const result = await executeAction(importAnnotations, editor, { articleId: id, collection: hypothesis });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});
