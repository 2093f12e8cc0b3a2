// Protects: a share link opens one article's report while it is live, and nothing once it is
// revoked or expired; every link made or ended is in the audit log; the stored form never works as a link.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { createDesk } from "@/lib/comments/testing/desk-fixture";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { createShareLink, listShareLinks, revokeShareLink } from "./actions";
import { findSharedArticle } from "./find-shared-article";
import { hashShareToken } from "./token";

const prisma = setupAppDatabase();
let editor: SessionUser;
let viewer: SessionUser;
let rival: SessionUser;
let article: { id: string };

beforeAll(async () => {
  const desk = await createDesk(prisma(), "Share Desk");
  editor = await desk.addMember("EDITOR", "Sam Sharer");
  viewer = await desk.addMember("VIEWER", "Val Viewer");
  article = await desk.addArticle(editor, "Shared article");
  rival = await (await createDesk(prisma(), "Rival Desk")).addMember("OWNER", "Rae Rival");
});

async function share(expiresInDays = 7) {
  const result = await executeAction(createShareLink, editor, { articleId: article.id, expiresInDays });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

async function liveLinkIds(user: SessionUser = editor) {
  const result = await executeAction(listShareLinks, user, { articleId: article.id });
  return result.ok ? result.data.map((link) => link.id) : result.code;
}

describe("share links", () => {
  it("open the article until revoked, and are logged both times", async () => {
    const { link, token } = await share(7);
    expect(token).toMatch(/^fds_[A-Za-z0-9_-]{43}$/);
    expect(link.createdByName).toBe("Sam Sharer");
    expect(await findSharedArticle(token)).toEqual({
      workspace: editor.workspace,
      articleId: article.id,
      expiresAt: link.expiresAt,
    });
    expect(await liveLinkIds()).toContain(link.id);

    expect((await executeAction(revokeShareLink, editor, { shareLinkId: link.id })).ok).toBe(true);
    expect(await findSharedArticle(token)).toBeNull();
    expect(await liveLinkIds()).not.toContain(link.id);
    const log = await prisma().auditEvent.findMany({
      where: { articleId: article.id, action: { startsWith: "article.share_link" } },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, entityType: true, entityId: true, before: true, after: true },
    });
    expect(log.filter((event) => JSON.stringify(event).includes(link.id))).toEqual([
      {
        action: "article.share_link_created",
        actorId: editor.id,
        entityType: "Article",
        entityId: article.id,
        before: null,
        after: { shareLinkId: link.id, expiresAt: link.expiresAt.toISOString(), expiresInDays: 7 },
      },
      {
        action: "article.share_link_revoked",
        actorId: editor.id,
        entityType: "Article",
        entityId: article.id,
        before: { shareLinkId: link.id, expiresAt: link.expiresAt.toISOString() },
        after: null,
      },
    ]);
  });

  it("stop working when they expire", async () => {
    const { link, token } = await share(1);
    const days = (link.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(0.99);
    expect(days).toBeLessThanOrEqual(1);
    expect(await findSharedArticle(token, new Date(Date.now() + 23 * 3_600_000))).not.toBeNull();
    expect(await findSharedArticle(token, new Date(Date.now() + 25 * 3_600_000))).toBeNull();
  });

  it("store only the token's hash, and answer null for unknown or malformed tokens", async () => {
    const { link, token } = await share();
    const row = await prisma().shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).toBe(hashShareToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    expect(await findSharedArticle(row.tokenHash)).toBeNull();
    expect(await findSharedArticle(`fds_${"A".repeat(43)}`)).toBeNull();
    expect(await findSharedArticle(`${token}x`)).toBeNull();
    expect(await findSharedArticle("")).toBeNull();
  });

  it("are for editors, and only within the workspace", async () => {
    expect(
      await executeAction(createShareLink, viewer, { articleId: article.id, expiresInDays: 7 }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await liveLinkIds(viewer)).toBe("FORBIDDEN");
    expect(
      await executeAction(createShareLink, rival, { articleId: article.id, expiresInDays: 7 }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const { link, token } = await share();
    expect(await executeAction(revokeShareLink, rival, { shareLinkId: link.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await findSharedArticle(token)).not.toBeNull();
    expect(await liveLinkIds(rival)).toBe("NOT_FOUND");
  });

  it("refuse a lifetime other than 1, 7 or 30 days", async () => {
    const result = await executeAction(createShareLink, editor, {
      articleId: article.id,
      expiresInDays: 365,
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(result.ok ? "" : result.error).toMatch(/1, 7 or 30 days/);
  });
});
