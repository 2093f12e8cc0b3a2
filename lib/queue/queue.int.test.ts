// Protects: "My queue" shows each editor exactly what waits for them: their unreviewed claims, their
// unapproved articles with the overdue first, the articles they may sign off (never one whose verdicts
// they set), and their unread mentions, in the active workspace only.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { addComment } from "@/lib/comments/add-comment";
import { createDesk } from "@/lib/comments/testing/desk-fixture";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { findMyQueue } from "./find-queue";

const prisma = setupAppDatabase();
const NOW = new Date("2030-06-15T12:00:00Z");
let desk: Awaited<ReturnType<typeof createDesk>>;
let ann: SessionUser;
let bo: SessionUser;
let viewer: SessionUser;
type Claim = { id: string };

beforeAll(async () => {
  desk = await createDesk(prisma());
  ann = await desk.addMember("EDITOR", "Ann Editor");
  bo = await desk.addMember("EDITOR", "Bo Checker");
  viewer = await desk.addMember("VIEWER", "Vic Viewer");
});

async function article(
  title: string,
  data: { status?: ReviewStatus; assigneeId?: string; dueAt?: string },
  claims = 1,
) {
  const created = await desk.addArticle(bo, title, claims);
  await prisma().article.update({
    where: { id: created.id },
    data: { ...data, dueAt: data.dueAt ? new Date(data.dueAt) : undefined },
  });
  return created;
}

/** A verdict decision as the verdict actions would store it: the claim's verdict and its latest decision. */
async function decide(claimId: string, setBy: SessionUser, at: string) {
  await prisma().claim.update({ where: { id: claimId }, data: { verdict: "VERIFIED" } });
  await prisma().verdictDecision.create({
    data: {
      claimId,
      verdict: "VERIFIED",
      rationale: "Matches the ministry.",
      setById: setBy.id,
      createdAt: new Date(at),
    },
  });
}

describe("findMyQueue", () => {
  it("lists my unreviewed claims grouped by article, skipping reviewed ones and approved articles", async () => {
    const open = await article("Open story", { status: "IN_REVIEW", dueAt: "2030-06-10T00:00:00Z" }, 3);
    const approved = await article("Approved story", { status: "APPROVED" });
    const [mine, reviewed, others] = open.claims.map((claim) => ({ id: claim.id })) as [Claim, Claim, Claim];
    await prisma().claim.updateMany({
      where: { id: { in: [mine.id, reviewed.id] } },
      data: { assigneeId: ann.id },
    });
    await prisma().claim.update({ where: { id: reviewed.id }, data: { verdict: "FALSE" } });
    await prisma().claim.update({ where: { id: others.id }, data: { assigneeId: bo.id } });
    await prisma().claim.update({ where: { id: approved.claims[0]?.id }, data: { assigneeId: ann.id } });

    const queue = await findMyQueue(ann, { now: NOW });
    expect(queue.claimGroups).toEqual([
      {
        article: {
          id: open.id,
          title: "Open story",
          status: "IN_REVIEW",
          dueAt: new Date("2030-06-10T00:00:00Z"),
          isOverdue: true,
        },
        claims: [{ id: mine.id, quote: "14 soldiers were wounded" }],
      },
    ]);
    expect((await findMyQueue(bo, { now: NOW })).claimGroups.flatMap((group) => group.claims)).toEqual([
      { id: others.id, quote: "14 soldiers were wounded" },
    ]);
  });

  it("lists my unapproved articles, overdue first and undated last", async () => {
    const later = await article("Due later", {
      status: "IN_REVIEW",
      assigneeId: bo.id,
      dueAt: "2030-07-01T00:00:00Z",
    });
    const undated = await article("No date", { status: "DRAFT", assigneeId: bo.id });
    const overdue = await article("Overdue", {
      status: "IN_REVIEW",
      assigneeId: bo.id,
      dueAt: "2030-06-01T00:00:00Z",
    });
    await article("Done", { status: "APPROVED", assigneeId: bo.id, dueAt: "2030-05-01T00:00:00Z" });
    await article("Someone else's", {
      status: "IN_REVIEW",
      assigneeId: ann.id,
      dueAt: "2030-05-01T00:00:00Z",
    });

    const { articles } = await findMyQueue(bo, { now: NOW });
    expect(articles.map((each) => [each.id, each.isOverdue])).toEqual([
      [overdue.id, true],
      [later.id, false],
      [undated.id, false],
    ]);
  });

  it("offers for sign-off only articles none of whose current verdicts I set", async () => {
    const byAnn = await article("Checked by Ann", { status: "READY_FOR_SIGNOFF" }, 2);
    const mixed = await article("Checked by both", { status: "READY_FOR_SIGNOFF" }, 2);
    const overruled = await article("Bo overruled by Ann", { status: "READY_FOR_SIGNOFF" }, 1);
    const notReady = await article("Still in review", { status: "IN_REVIEW" }, 1);
    await decide(byAnn.claims[0]?.id as string, ann, "2030-06-01T10:00:00Z");
    await decide(byAnn.claims[1]?.id as string, ann, "2030-06-01T10:00:00Z");
    await decide(mixed.claims[0]?.id as string, ann, "2030-06-01T10:00:00Z");
    await decide(mixed.claims[1]?.id as string, bo, "2030-06-01T10:00:00Z");
    // Bo's earlier decision was replaced by Ann's: the current verdict is Ann's, so Bo may sign off.
    await decide(overruled.claims[0]?.id as string, bo, "2030-06-01T10:00:00Z");
    await decide(overruled.claims[0]?.id as string, ann, "2030-06-02T10:00:00Z");
    await decide(notReady.claims[0]?.id as string, ann, "2030-06-01T10:00:00Z");

    const ids = async (user: SessionUser) =>
      (await findMyQueue(user, { now: NOW })).signOff.map((each) => each.id);
    expect(await ids(bo)).toEqual([byAnn.id, overruled.id]);
    expect(await ids(ann)).toEqual([]);
    // A viewer signs nothing off.
    expect(await ids(viewer)).toEqual([]);
  });

  it("counts my unread mentions and sees nothing of another workspace", async () => {
    const claim = (await article("Talk", { status: "IN_REVIEW" })).claims[0] as { id: string };
    const before = (await findMyQueue(viewer, { now: NOW })).unreadMentions;
    await executeAction(addComment, ann, {
      claimId: claim.id,
      body: "@Vic Viewer FYI",
      mentionedUserIds: [viewer.id],
    });
    expect((await findMyQueue(viewer, { now: NOW })).unreadMentions).toBe(before + 1);

    const other = await createDesk(prisma(), "Other");
    const annThere: SessionUser = { ...ann, workspace: other.workspace };
    await prisma().membership.create({
      data: { workspaceId: other.workspace.id, userId: ann.id, role: "EDITOR" },
    });
    expect(await findMyQueue(annThere, { now: NOW })).toEqual({
      claimGroups: [],
      articles: [],
      signOff: [],
      unreadMentions: 0,
    });
  });
});
