// Protects: a mention reaches the mentioned member only, counts as unread until they read it, and each
// workspace keeps its own notifications; nobody can mark someone else's as read.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { addComment } from "@/lib/comments/add-comment";
import { createDesk } from "@/lib/comments/testing/desk-fixture";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { countUnread } from "./count-unread";
import { findNotifications } from "./find-notifications";
import { markAllRead, markRead } from "./mark-read";

const prisma = setupAppDatabase();
let desk: Awaited<ReturnType<typeof createDesk>>;
let ann: SessionUser;
let bo: SessionUser;
let cy: SessionUser;

beforeAll(async () => {
  desk = await createDesk(prisma());
  ann = await desk.addMember("EDITOR", "Ann Editor");
  bo = await desk.addMember("EDITOR", "Bo Checker");
  cy = await desk.addMember("VIEWER", "Cy Reader");
});

/** A comment by `author` on a fresh claim mentioning `mentioned`; returns the claim and the mention ids. */
async function mention(author: SessionUser, mentioned: SessionUser[], title = "Border clash") {
  const article = await desk.addArticle(ann, title);
  const claim = article.claims[0] as { id: string };
  const result = await executeAction(addComment, author, {
    claimId: claim.id,
    body: `${mentioned.map((member) => `@${member.name}`).join(" ")} please check`,
    mentionedUserIds: mentioned.map((member) => member.id),
  });
  if (!result.ok) throw new Error(result.error);
  const mentions = await prisma().mention.findMany({ where: { commentId: result.data.id } });
  return { articleId: article.id, claimId: claim.id, mentions };
}

describe("notifications", () => {
  it("come only to the mentioned member, unread, newest first", async () => {
    const annBefore = await countUnread(ann);
    const cyBefore = await countUnread(cy);
    const first = await mention(ann, [bo], "First story");
    const second = await mention(ann, [bo], "Second story");
    expect(await countUnread(bo)).toBeGreaterThanOrEqual(2);
    expect(await countUnread(ann)).toBe(annBefore);
    expect(await countUnread(cy)).toBe(cyBefore);
    const page = await findNotifications(bo, { page: 1 });
    expect(page.notifications.slice(0, 2)).toMatchObject([
      {
        isUnread: true,
        authorName: "Ann Editor",
        body: "@Bo Checker please check",
        claim: { id: second.claimId, quote: "14 soldiers were wounded" },
        article: { id: second.articleId, title: "Second story" },
      },
      { isUnread: true, article: { id: first.articleId, title: "First story" } },
    ]);
    expect(page.unreadCount).toBe(await countUnread(bo));
  });

  it("reach a viewer too, who may mark them read", async () => {
    const { mentions } = await mention(bo, [cy]);
    const before = await countUnread(cy);
    const result = await executeAction(markRead, cy, { mentionIds: mentions.map((m) => m.id) });
    expect(result).toMatchObject({ ok: true, data: { marked: 1 } });
    expect(await countUnread(cy)).toBe(before - 1);
  });

  it("are counted per workspace: another workspace's mentions wait there", async () => {
    const other = await createDesk(prisma(), "Other");
    const otherOwner = await other.addMember("OWNER", "Olga Other");
    await prisma().membership.create({
      data: { workspaceId: other.workspace.id, userId: bo.id, role: "EDITOR" },
    });
    const boInOther: SessionUser = { ...bo, workspace: other.workspace };
    const otherArticle = await other.addArticle(otherOwner, "Elsewhere");
    const comment = await executeAction(addComment, otherOwner, {
      claimId: (otherArticle.claims[0] as { id: string }).id,
      body: "@Bo Checker over here",
      mentionedUserIds: [bo.id],
    });
    expect(comment.ok).toBe(true);
    const here = await countUnread(bo);
    expect(await countUnread(boInOther)).toBe(1);
    expect((await findNotifications(boInOther, { page: 1 })).notifications).toHaveLength(1);
    await mention(ann, [bo]);
    expect(await countUnread(bo)).toBe(here + 1);
    expect(await countUnread(boInOther)).toBe(1);
  });

  it("markRead ignores another user's mention, leaving it unread", async () => {
    const { mentions } = await mention(ann, [bo]);
    const result = await executeAction(markRead, cy, { mentionIds: mentions.map((m) => m.id) });
    expect(result).toMatchObject({ ok: true, data: { marked: 0 } });
    const stored = await prisma().mention.findUniqueOrThrow({ where: { id: mentions[0]?.id } });
    expect(stored.readAt).toBeNull();
  });

  it("markRead marks the caller's own, and markAllRead the rest in this workspace only", async () => {
    const { mentions } = await mention(ann, [bo]);
    await mention(ann, [bo]);
    const unread = await countUnread(bo);
    const one = await executeAction(markRead, bo, { mentionIds: mentions.map((m) => m.id) });
    expect(one).toMatchObject({ ok: true, data: { marked: 1 } });
    expect(await countUnread(bo)).toBe(unread - 1);
    const all = await executeAction(markAllRead, bo, {});
    expect(all).toMatchObject({ ok: true, data: { marked: unread - 1 } });
    expect(await countUnread(bo)).toBe(0);
    const page = await findNotifications(bo, { page: 1 });
    expect(page.notifications.every((notification) => !notification.isUnread)).toBe(true);
    // Bo's mention in the other workspace (previous test) is still unread there.
    const elsewhere = await prisma().mention.count({
      where: { userId: bo.id, readAt: null, comment: { claim: { workspaceId: { not: desk.workspace.id } } } },
    });
    expect(elsewhere).toBe(1);
  });
});
