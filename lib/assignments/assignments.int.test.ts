// Protects: claims and articles are assigned only to members who can review, a stale choice is refused
// rather than silently overwriting someone else's, and the history says who assigned whom.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { createDesk } from "@/lib/comments/testing/desk-fixture";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { assignArticle } from "./assign-article";
import { assignClaim } from "./assign-claim";

const prisma = setupAppDatabase();
let desk: Awaited<ReturnType<typeof createDesk>>;
let ann: SessionUser;
let bo: SessionUser;
let viewer: SessionUser;
let outsider: SessionUser;

beforeAll(async () => {
  desk = await createDesk(prisma());
  ann = await desk.addMember("EDITOR", "Ann Editor");
  bo = await desk.addMember("OWNER", "Bo Owner");
  viewer = await desk.addMember("VIEWER", "Vic Viewer");
  outsider = await (await createDesk(prisma(), "Other")).addMember("EDITOR", "Otto Outsider");
});

async function newClaim() {
  return (await desk.addArticle(ann, "Border clash")).claims[0] as { id: string; articleId: string };
}

describe("assignments.assignClaim", () => {
  it("assigns an editor, moves the revision on and logs from and to", async () => {
    const claim = await newClaim();
    const first = await executeAction(assignClaim, ann, {
      claimId: claim.id,
      revision: 0,
      assigneeId: ann.id,
    });
    expect(first).toMatchObject({ ok: true, data: { id: claim.id, assigneeId: ann.id, revision: 1 } });
    const second = await executeAction(assignClaim, ann, {
      claimId: claim.id,
      revision: 1,
      assigneeId: bo.id,
    });
    expect(second).toMatchObject({ ok: true, data: { assigneeId: bo.id, revision: 2 } });
    const cleared = await executeAction(assignClaim, bo, {
      claimId: claim.id,
      revision: 2,
      assigneeId: null,
    });
    expect(cleared).toMatchObject({ ok: true, data: { assigneeId: null, revision: 3 } });
    const events = await prisma().auditEvent.findMany({
      where: { entityId: claim.id, action: "claim.assigned" },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => [event.before, event.after])).toEqual([
      [
        { assigneeId: null, assigneeName: null },
        { assigneeId: ann.id, assigneeName: "Ann Editor" },
      ],
      [
        { assigneeId: ann.id, assigneeName: "Ann Editor" },
        { assigneeId: bo.id, assigneeName: "Bo Owner" },
      ],
      [
        { assigneeId: bo.id, assigneeName: "Bo Owner" },
        { assigneeId: null, assigneeName: null },
      ],
    ]);
  });

  it.each([
    ["a viewer", () => viewer.id, /Vic Viewer is a viewer/],
    ["a member of another workspace", () => outsider.id, /not a member of this workspace/],
  ])("refuses to assign %s, changing nothing", async (_label, assigneeId, message) => {
    const claim = await newClaim();
    const result = await executeAction(assignClaim, ann, {
      claimId: claim.id,
      revision: 0,
      assigneeId: assigneeId(),
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await prisma().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      assigneeId: null,
      revision: 0,
    });
  });

  it("refuses a stale revision with a conflict: of two editors choosing at once, one wins", async () => {
    const claim = await newClaim();
    const results = await Promise.all(
      [ann, bo].map((member) =>
        executeAction(assignClaim, member, { claimId: claim.id, revision: 0, assigneeId: member.id }),
      ),
    );
    const winners = results.filter((result) => result.ok);
    expect(winners).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, code: "CONFLICT" });
    const stored = await prisma().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.revision).toBe(1);
    expect(stored.assigneeId).toBe(winners[0]?.ok ? winners[0].data.assigneeId : undefined);
    expect(await prisma().auditEvent.count({ where: { entityId: claim.id, action: "claim.assigned" } })).toBe(
      1,
    );
  });

  it("finds no claim of another workspace", async () => {
    const claim = await newClaim();
    const result = await executeAction(assignClaim, outsider, {
      claimId: claim.id,
      revision: 0,
      assigneeId: outsider.id,
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("assignments.assignArticle", () => {
  it("assigns with a due day that lasts until its end in UTC, and logs it", async () => {
    const { id } = await desk.addArticle(ann, "Port strike");
    const result = await executeAction(assignArticle, ann, {
      articleId: id,
      revision: 0,
      assigneeId: bo.id,
      dueAt: "2030-03-14",
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        assigneeId: bo.id,
        assigneeName: "Bo Owner",
        revision: 1,
        dueAt: new Date("2030-03-14T23:59:59.999Z"),
      },
    });
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "article.assigned" },
    });
    expect(event).toMatchObject({ entityType: "Article", articleId: id, actorId: ann.id });
    expect(event.after).toEqual({
      assigneeId: bo.id,
      assigneeName: "Bo Owner",
      dueAt: "2030-03-14T23:59:59.999Z",
    });
  });

  it("refuses a stale revision, a viewer and a malformed date, changing nothing", async () => {
    const { id } = await desk.addArticle(ann, "Port strike");
    const stale = await executeAction(assignArticle, ann, {
      articleId: id,
      revision: 3,
      assigneeId: ann.id,
      dueAt: null,
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const toViewer = await executeAction(assignArticle, ann, {
      articleId: id,
      revision: 0,
      assigneeId: viewer.id,
      dueAt: null,
    });
    expect(toViewer).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const badDate = await executeAction(assignArticle, ann, {
      articleId: id,
      revision: 0,
      assigneeId: ann.id,
      dueAt: "2030-02-30",
    });
    expect(badDate).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!badDate.ok) expect(badDate.error).toMatch(/due date/);
    expect(await prisma().article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      assigneeId: null,
      dueAt: null,
      revision: 0,
    });
  });

  it("finds no article of another workspace", async () => {
    const { id } = await desk.addArticle(ann, "Port strike");
    const result = await executeAction(assignArticle, outsider, {
      articleId: id,
      revision: 0,
      assigneeId: null,
      dueAt: null,
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
