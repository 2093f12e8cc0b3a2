// Protects: a discussion says who wrote what, mentions reach only real members of the workspace, and a
// comment is removed only by its author (or an owner), with the log keeping what it said.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { addComment } from "./add-comment";
import { deleteComment } from "./delete-comment";
import { createDesk } from "./testing/desk-fixture";

const prisma = setupAppDatabase();
let desk: Awaited<ReturnType<typeof createDesk>>;
let ann: SessionUser;
let bo: SessionUser;
let owner: SessionUser;
let viewer: SessionUser;
let outsider: SessionUser;

beforeAll(async () => {
  desk = await createDesk(prisma());
  ann = await desk.addMember("EDITOR", "Ann Editor");
  bo = await desk.addMember("EDITOR", "Bo Checker");
  owner = await desk.addMember("OWNER", "Olga Owner");
  viewer = await desk.addMember("VIEWER", "Vic Viewer");
  outsider = await (await createDesk(prisma(), "Other")).addMember("OWNER", "Otto Outsider");
});

async function newClaim() {
  const article = await desk.addArticle(ann, "Border clash");
  return article.claims[0] as { id: string; articleId: string };
}

describe("comments.add", () => {
  it("stores the comment with a notification for each mentioned member but the author, and audits it", async () => {
    const claim = await newClaim();
    const result = await executeAction(addComment, ann, {
      claimId: claim.id,
      body: "  @Bo Checker and @Vic Viewer: the ministry's figure differs. cc @Ann Editor  ",
      mentionedUserIds: [bo.id, viewer.id, ann.id, bo.id],
    });
    expect(result.ok, result.ok ? "" : result.error).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      body: "@Bo Checker and @Vic Viewer: the ministry's figure differs. cc @Ann Editor",
      authorId: ann.id,
      authorName: "Ann Editor",
    });
    const mentions = await prisma().mention.findMany({ where: { commentId: result.data.id } });
    expect(mentions.map((mention) => mention.userId).sort()).toEqual([bo.id, viewer.id].sort());
    expect(mentions.every((mention) => mention.readAt === null)).toBe(true);
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: "claim.commented" },
    });
    expect(audit).toMatchObject({ actorId: ann.id, entityType: "Claim", articleId: claim.articleId });
    expect(audit.after).toMatchObject({ commentId: result.data.id });
    expect((audit.after as { mentions: string[] }).mentions.sort()).toEqual([bo.id, viewer.id].sort());
  });

  it.each([
    ["a member of another workspace", () => outsider.id, () => `@${outsider.name} look`, /not a member/],
    ["an unknown id", () => "no-such-user", () => "@Nobody look", /not a member/],
    ["a member whose @Name is not in the text", () => bo.id, () => "Bo, look at this", /write "@Bo Checker"/],
  ])("refuses a mention of %s, writing nothing", async (_label, id, body, message) => {
    const claim = await newClaim();
    const result = await executeAction(addComment, ann, {
      claimId: claim.id,
      body: body(),
      mentionedUserIds: [id()],
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await prisma().comment.count({ where: { claimId: claim.id } })).toBe(0);
    expect(
      await prisma().auditEvent.count({ where: { entityId: claim.id, action: "claim.commented" } }),
    ).toBe(0);
  });

  it("refuses an empty or overlong comment with a message", async () => {
    const claim = await newClaim();
    const blank = await executeAction(addComment, ann, { claimId: claim.id, body: "   " });
    expect(blank).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      error: "Write a comment before posting it.",
    });
    const long = await executeAction(addComment, ann, { claimId: claim.id, body: "x".repeat(5001) });
    expect(long).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!long.ok) expect(long.error).toMatch(/under 5,000 characters/);
  });

  it("keeps markup as plain text", async () => {
    const claim = await newClaim();
    const body = '<img src=x onerror="alert(1)"> <b>bold</b>';
    const result = await executeAction(addComment, ann, { claimId: claim.id, body });
    expect(result).toMatchObject({ ok: true, data: { body } });
  });

  it("is allowed on an approved article, whose review it does not change", async () => {
    const claim = await newClaim();
    await prisma().article.update({ where: { id: claim.articleId }, data: { status: "APPROVED" } });
    const result = await executeAction(addComment, bo, {
      claimId: claim.id,
      body: "Correction request filed.",
    });
    expect(result.ok).toBe(true);
  });

  it("finds no claim of another workspace", async () => {
    const claim = await newClaim();
    const result = await executeAction(addComment, outsider, { claimId: claim.id, body: "Hello" });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("comments.delete", () => {
  async function commentBy(author: SessionUser) {
    const claim = await newClaim();
    const result = await executeAction(addComment, author, {
      claimId: claim.id,
      body: "@Bo Checker please confirm",
      mentionedUserIds: [bo.id],
    });
    if (!result.ok) throw new Error(result.error);
    return { claim, comment: result.data };
  }

  it("refuses anyone but the author, keeping the comment", async () => {
    const { comment } = await commentBy(ann);
    const result = await executeAction(deleteComment, bo, { commentId: comment.id });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma().comment.count({ where: { id: comment.id } })).toBe(1);
  });

  it("lets the author delete it with its notifications, and logs what it said", async () => {
    const { claim, comment } = await commentBy(ann);
    expect(await executeAction(deleteComment, ann, { commentId: comment.id })).toMatchObject({ ok: true });
    expect(await prisma().comment.count({ where: { id: comment.id } })).toBe(0);
    expect(await prisma().mention.count({ where: { commentId: comment.id } })).toBe(0);
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: "claim.comment_deleted" },
    });
    expect(audit.before).toMatchObject({ commentId: comment.id, body: "@Bo Checker please confirm" });
  });

  it("lets an owner delete anyone's comment", async () => {
    const { comment } = await commentBy(bo);
    expect(await executeAction(deleteComment, owner, { commentId: comment.id })).toMatchObject({ ok: true });
  });

  it("finds no comment of another workspace", async () => {
    const { comment } = await commentBy(ann);
    const result = await executeAction(deleteComment, outsider, { commentId: comment.id });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
