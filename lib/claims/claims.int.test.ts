// Protects: a claim is stored exactly on the words the editor selected, and follows them into new versions.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { createArticle } from "@/lib/articles/create-article";
import { documentFromParagraphs, plainTextFromParagraphs } from "@/lib/articles/document";
import { documentJson } from "@/lib/articles/version-content";
import { parseWireArticle } from "@/lib/articles/wire-format";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { createClaim } from "./create-claim";
import { findArticleClaims } from "./find-claims";
import { reanchorClaims } from "./reanchor-claims";

const prisma = setupAppDatabase();
const wire = parseWireArticle(
  fs.readFileSync(path.join(import.meta.dirname, "../../prisma/seed-data/kursk-casualties.txt"), "utf8"),
);
const text = plainTextFromParagraphs(wire.paragraphs);
let user: SessionUser;

beforeAll(async () => {
  const workspace = await prisma().workspace.create({
    data: { slug: `claims-${randomUUID()}`, name: "Claims Desk" },
  });
  const editor = await prisma().user.create({
    data: {
      email: `editor-${randomUUID()}@claims.example`,
      name: "Claire Checker",
      memberships: { create: { workspaceId: workspace.id, role: "EDITOR" } },
    },
  });
  user = { id: editor.id, email: editor.email, name: editor.name, workspace, role: "EDITOR" };
});

async function sampleArticle() {
  return createArticle({
    prisma: prisma(),
    workspaceId: user.workspace.id,
    createdById: user.id,
    title: wire.title,
    paragraphs: wire.paragraphs,
    origin: "WIRE",
  });
}

function select(words: string, from = 0) {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, exact: words };
}

describe("claims.create", () => {
  it("stores W3C selectors of the selection, trimmed of surrounding spaces", async () => {
    const article = await sampleArticle();
    const selection = select(" nine lives,");
    const result = await executeAction(createClaim, user, {
      articleId: article.id,
      versionId: article.versionId,
      ...selection,
      exact: " nine lives,",
      kind: "CASUALTY_FIGURE",
      note: "  Confirm with KCNA  ",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      exact: "nine lives,",
      note: "Confirm with KCNA",
      kind: "CASUALTY_FIGURE",
    });
    expect(text.slice(result.data.start, result.data.end)).toBe("nine lives,");
    expect(result.data.prefix).toBe(text.slice(result.data.start - 32, result.data.start));
    const anchors = await prisma().claimAnchor.findMany({ where: { claimId: result.data.id } });
    expect(anchors).toMatchObject([{ method: "CREATED", versionId: article.versionId, score: 1 }]);
  });

  it.each([
    ["a white-space-only selection", { ...select(" "), exact: " " }, "INVALID_INPUT", /not just spaces/],
    [
      "text that differs from the server's (a stale tab)",
      { ...select("nine lives"), exact: "ten lives" },
      "CONFLICT",
      /changed since you opened it/,
    ],
    [
      "a range past the end of the text",
      { start: text.length - 2, end: text.length + 50, exact: "x" },
      "CONFLICT",
      /no longer in the article/,
    ],
    [
      "the whole article",
      { start: 0, end: text.length, exact: text },
      "INVALID_INPUT",
      /at most 1,000 characters/,
    ],
  ])("refuses %s, storing nothing", async (_label, selection, code, message) => {
    const article = await sampleArticle();
    const result = await executeAction(createClaim, user, {
      articleId: article.id,
      versionId: article.versionId,
      ...selection,
      kind: "OTHER",
    });
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await prisma().claim.count({ where: { articleId: article.id } })).toBe(0);
  });
});

describe("claims.create on an earlier version", () => {
  it("is refused once a newer version has arrived, naming it", async () => {
    const article = await sampleArticle();
    const version2 = await prisma().articleVersion.create({
      data: {
        articleId: article.id,
        number: 2,
        title: wire.title,
        plainText: text,
        document: documentJson(documentFromParagraphs(wire.paragraphs)),
        contentHash: "v2",
        origin: "WIRE",
        createdById: user.id,
      },
    });
    await prisma().article.update({ where: { id: article.id }, data: { currentVersionId: version2.id } });
    const result = await executeAction(createClaim, user, {
      articleId: article.id,
      versionId: article.versionId,
      ...select("nine lives"),
      kind: "CASUALTY_FIGURE",
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!result.ok) expect(result.error).toMatch(/newer version \(version 2\)/);
    expect(await prisma().claim.count({ where: { articleId: article.id } })).toBe(0);
  });
});

describe("reanchorClaims on a new version", () => {
  it("moves untouched claims, re-anchors an edited one and orphans a deleted one", async () => {
    const article = await sampleArticle();
    const make = async (words: string) => {
      const result = await executeAction(createClaim, user, {
        articleId: article.id,
        versionId: article.versionId,
        ...select(words),
        kind: "OTHER",
      });
      if (!result.ok) throw new Error(result.error);
      return result.data.id;
    };
    const untouched = await make("Regional Development 20-10 Policy");
    const edited = await make("the heartrending loss of nine lives");
    const deleted = await make("mine clearance");

    const paragraphs = [
      "Editor's note: this article was updated with a correction.",
      ...wire.paragraphs.map((p) =>
        p
          .replace("the heartrending loss of nine lives", "the heartrending loss of nine young lives")
          .replace(" for missions such as mine clearance", ""),
      ),
    ];
    const revisedText = plainTextFromParagraphs(paragraphs);
    await prisma().$transaction(async (tx) => {
      const version = await tx.articleVersion.create({
        data: {
          articleId: article.id,
          number: 2,
          title: wire.title,
          plainText: revisedText,
          document: documentJson(documentFromParagraphs(paragraphs)),
          contentHash: "v2",
          origin: "WIRE",
          createdById: user.id,
        },
      });
      await tx.article.update({ where: { id: article.id }, data: { currentVersionId: version.id } });
      expect(
        await reanchorClaims(tx, { articleId: article.id, versionId: version.id, plainText: revisedText }),
      ).toEqual({
        anchored: 2,
        orphaned: 1,
      });
    });

    const { anchored, orphaned } = await findArticleClaims({ user, articleId: article.id });
    const byId = new Map(anchored.map((claim) => [claim.id, claim]));
    expect(revisedText.slice(byId.get(untouched)?.start, byId.get(untouched)?.end)).toBe(
      "Regional Development 20-10 Policy",
    );
    expect(byId.get(edited)?.exact).toBe("the heartrending loss of nine young lives");
    expect(orphaned.map((claim) => claim.id)).toEqual([deleted]);
    expect(orphaned[0]?.exact).toBe("mine clearance"); // the old context stays for the editor to see
    const methods = await prisma().claimAnchor.findMany({
      where: { claimId: { in: [untouched, edited] }, method: { not: "CREATED" } },
    });
    expect(methods.map((anchor) => anchor.method).sort()).toEqual(["FUZZY", "QUOTE"]);
  });
});
