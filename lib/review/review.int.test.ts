// Protects: an article is approved only when every claim is reviewed and by someone who set none of
// its verdicts (unless an owner overrides in writing); approval freezes it; a new text reopens it.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { addVersion } from "@/lib/articles/add-version";
import { documentFromParagraphs } from "@/lib/articles/document";
import { versionContent } from "@/lib/articles/version-content";
import type { SessionUser } from "@/lib/auth/session-user";
import { updateClaim } from "@/lib/claims/edit-claim";
import type { ReviewStatus, Role } from "@/lib/generated/prisma/enums";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { setVerdict } from "@/lib/verdicts/set-verdict";
import { checkSignOff } from "./check-sign-off";
import { signOff } from "./sign-off";
import { createReviewFixture, type FixtureClaim } from "./testing/review-fixture";
import { markReadyForSignOff, reopenReview, submitForReview } from "./transitions";

const prisma = setupAppDatabase();
const PARAGRAPHS = [
  "The ministry said 14 soldiers were wounded on Friday near the border.",
  "Officials confirmed that nine lives were lost in the shelling of the village.",
  "A spokesman blamed the army for the attack on the market.",
];
let setter: SessionUser;
let second: SessionUser;
let owner: SessionUser;

async function createMember(workspace: SessionUser["workspace"], role: Role, name: string) {
  const user = await prisma().user.create({
    data: {
      email: `${randomUUID()}@review.example`,
      name,
      memberships: { create: { workspaceId: workspace.id, role } },
    },
  });
  return { id: user.id, email: user.email, name, workspace, role } satisfies SessionUser;
}

beforeAll(async () => {
  const workspace = await prisma().workspace.create({
    data: { slug: `review-${randomUUID()}`, name: "Review Desk" },
    select: { id: true, slug: true, name: true },
  });
  setter = await createMember(workspace, "EDITOR", "Vera Verdict");
  second = await createMember(workspace, "EDITOR", "Sam Second");
  owner = await createMember(workspace, "OWNER", "Olive Owner");
});

async function article(status: ReviewStatus, claims: FixtureClaim[] = []) {
  return createReviewFixture({
    prisma: prisma(),
    workspaceId: setter.workspace.id,
    createdById: setter.id,
    paragraphs: PARAGRAPHS,
    claims,
    status,
  });
}

const reviewed = (quote: string, setById?: string): FixtureClaim => ({
  quote,
  verdict: "MISLEADING",
  setById,
});

async function state(articleId: string) {
  const row = await prisma().article.findUniqueOrThrow({ where: { id: articleId } });
  const events = await prisma().auditEvent.findMany({
    where: { entityId: articleId, action: { not: "article.created" } },
    orderBy: { id: "asc" },
  });
  return { ...row, events };
}

describe("review transitions", () => {
  it("submits a draft for review, recording who moved it", async () => {
    const { articleId, revision } = await article("DRAFT");
    const result = await executeAction(submitForReview, setter, { articleId, revision });
    expect(result).toMatchObject({ ok: true, data: { status: "IN_REVIEW", revision: revision + 1 } });
    expect((await state(articleId)).events).toMatchObject([
      { action: "article.status_changed", actorId: setter.id, after: { from: "DRAFT", to: "IN_REVIEW" } },
    ]);
  });

  it("refuses a transition from a stale revision, or from the wrong status, changing nothing", async () => {
    const { articleId, revision } = await article("DRAFT");
    const stale = await executeAction(submitForReview, setter, { articleId, revision: revision + 5 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!stale.ok) expect(stale.error).toMatch(/Someone else changed this article/);
    const wrong = await executeAction(markReadyForSignOff, setter, { articleId, revision });
    expect(wrong).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!wrong.ok) expect(wrong.error).toMatch(/is a draft, so it cannot be marked ready/);
    expect(await state(articleId)).toMatchObject({ status: "DRAFT", revision, events: [] });
  });

  it("refuses to mark ready while claims are unreviewed or orphaned, saying how many", async () => {
    const { articleId, revision } = await article("IN_REVIEW", [
      { quote: "14 soldiers" },
      reviewed("nine lives"),
      { quote: "blamed the army", verdict: "FALSE", anchorStatus: "ORPHANED" },
      { quote: "the market", anchorStatus: "ORPHANED" },
      { quote: "Friday", anchorStatus: "RETIRED" },
    ]);
    const result = await executeAction(markReadyForSignOff, setter, { articleId, revision });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!result.ok) {
      expect(result.error).toBe(
        "Set a verdict on 1 unreviewed claim and re-attach or retire 2 claims whose words are not in the current version before marking it ready for sign-off.",
      );
    }
    expect(await state(articleId)).toMatchObject({ status: "IN_REVIEW", revision, events: [] });
  });

  it("marks ready once every live claim has a verdict (retired ones do not count)", async () => {
    const { articleId, revision } = await article("IN_REVIEW", [
      reviewed("14 soldiers"),
      { quote: "Friday", anchorStatus: "RETIRED" },
    ]);
    const result = await executeAction(markReadyForSignOff, setter, { articleId, revision });
    expect(result).toMatchObject({ ok: true, data: { status: "READY_FOR_SIGNOFF" } });
  });

  it("marks an article without claims ready", async () => {
    const { articleId, revision } = await article("IN_REVIEW");
    const result = await executeAction(markReadyForSignOff, setter, { articleId, revision });
    expect(result).toMatchObject({ ok: true, data: { status: "READY_FOR_SIGNOFF" } });
  });

  it("reopens an approved article with a reason, keeping the approved version on record", async () => {
    const { articleId, revision } = await article("READY_FOR_SIGNOFF", [reviewed("14 soldiers")]);
    const signed = await executeAction(signOff, second, { articleId, revision });
    expect(signed.ok).toBe(true);
    const approved = await state(articleId);
    const result = await executeAction(reopenReview, owner, {
      articleId,
      revision: approved.revision,
      reason: "The ministry revised its figure.",
    });
    expect(result).toMatchObject({ ok: true, data: { status: "IN_REVIEW" } });
    const reopened = await state(articleId);
    expect(reopened).toMatchObject({
      status: "IN_REVIEW",
      approvedVersionId: approved.currentVersionId,
      signedOffById: second.id,
    });
    expect(reopened.events.at(-1)).toMatchObject({
      action: "article.status_changed",
      after: { from: "APPROVED", to: "IN_REVIEW", reason: "The ministry revised its figure." },
    });
  });
});

describe("review.signOff and the two-person rule", () => {
  it("refuses the editor who set verdicts, saying on how many claims", async () => {
    const { articleId, revision } = await article("READY_FOR_SIGNOFF", [
      reviewed("14 soldiers"),
      reviewed("nine lives"),
      reviewed("the market", second.id),
    ]);
    const result = await executeAction(signOff, setter, { articleId, revision });
    expect(result).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      error: "You set verdicts on this article (2 claims); a second editor must sign off.",
    });
    expect(await state(articleId)).toMatchObject({
      status: "READY_FOR_SIGNOFF",
      signedOffById: null,
      events: [],
    });
  });

  it("lets a second editor sign off, approving the current version", async () => {
    const { articleId, versionId, revision } = await article("READY_FOR_SIGNOFF", [reviewed("14 soldiers")]);
    const result = await executeAction(signOff, second, { articleId, revision });
    expect(result).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    const after = await state(articleId);
    expect(after).toMatchObject({
      status: "APPROVED",
      approvedVersionId: versionId,
      signedOffById: second.id,
      signOffOverride: null,
    });
    expect(after.signedOffAt).toBeInstanceOf(Date);
    expect(after.events.map((event) => event.action)).toEqual([
      "article.status_changed",
      "article.signed_off",
    ]);
    expect(after.events[1]).toMatchObject({
      actorId: second.id,
      after: { versionId, versionNumber: 1, verdictsSetBy: [{ name: "Vera Verdict", claims: 1 }] },
    });
  });

  it("counts only the newest decision of each claim", async () => {
    const { articleId, claimIds } = await article("IN_REVIEW", [reviewed("14 soldiers")]);
    const claimId = claimIds[0] as string;
    const changed = await executeAction(setVerdict, second, {
      claimId,
      revision: 0,
      verdict: "UNVERIFIABLE",
      rationale: "No record either way.",
      attempts: "Asked the ministry twice.",
    });
    expect(changed.ok).toBe(true);
    const ready = await executeAction(markReadyForSignOff, second, {
      articleId,
      revision: (await state(articleId)).revision,
    });
    expect(ready.ok).toBe(true);
    const check = await executeAction(checkSignOff, setter, { articleId });
    expect(check).toMatchObject({
      ok: true,
      data: { isBlocked: false, setters: [{ name: "Sam Second", claims: 1 }] },
    });
    const result = await executeAction(signOff, setter, {
      articleId,
      revision: (await state(articleId)).revision,
    });
    expect(result).toMatchObject({ ok: true, data: { status: "APPROVED" } });
  });

  it("lets an owner who set verdicts override with a written reason, and records it", async () => {
    const { articleId, revision } = await article("READY_FOR_SIGNOFF", [reviewed("14 soldiers", owner.id)]);
    const check = await executeAction(checkSignOff, owner, { articleId });
    expect(check).toMatchObject({
      ok: true,
      data: {
        isBlocked: true,
        canOverride: true,
        setters: [{ name: "Olive Owner", claims: 1, isYou: true }],
      },
    });
    const reason = "Only editor on the night desk; checked twice.";
    const result = await executeAction(signOff, owner, {
      articleId,
      revision,
      override: { reason: ` ${reason} ` },
    });
    expect(result).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    const after = await state(articleId);
    expect(after).toMatchObject({ status: "APPROVED", signedOffById: owner.id, signOffOverride: reason });
    expect(after.events.at(-1)).toMatchObject({ action: "article.signed_off", after: { override: reason } });
  });

  it.each([
    ["without a reason", { reason: "" }],
    ["with a reason too short to mean anything", { reason: "ok fine" }],
  ])("refuses an override %s", async (_label, override) => {
    const { articleId, revision } = await article("READY_FOR_SIGNOFF", [reviewed("14 soldiers", owner.id)]);
    const result = await executeAction(signOff, owner, { articleId, revision, override });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!result.ok) expect(result.error).toMatch(/Write why you are overriding the two-person rule/);
    expect(await state(articleId)).toMatchObject({ status: "READY_FOR_SIGNOFF", events: [] });
  });

  it("refuses an editor's override", async () => {
    const { articleId, revision } = await article("READY_FOR_SIGNOFF", [reviewed("14 soldiers")]);
    const check = await executeAction(checkSignOff, setter, { articleId });
    expect(check).toMatchObject({ ok: true, data: { isBlocked: true, canOverride: false } });
    const result = await executeAction(signOff, setter, {
      articleId,
      revision,
      override: { reason: "I am sure about these verdicts." },
    });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    if (!result.ok) expect(result.error).toMatch(/Only an owner/);
    expect(await state(articleId)).toMatchObject({ status: "READY_FOR_SIGNOFF", signOffOverride: null });
  });

  it("re-checks that every claim is reviewed", async () => {
    const { articleId, revision } = await article("READY_FOR_SIGNOFF", [
      reviewed("14 soldiers"),
      { quote: "Friday" },
    ]);
    const result = await executeAction(signOff, second, { articleId, revision });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!result.ok) expect(result.error).toMatch(/Set a verdict on 1 unreviewed claim before signing off/);
  });

  it("freezes the claims of an approved article", async () => {
    const { articleId, claimIds, revision } = await article("READY_FOR_SIGNOFF", [reviewed("14 soldiers")]);
    await executeAction(signOff, second, { articleId, revision });
    const claimId = claimIds[0] as string;
    const update = await executeAction(updateClaim, setter, { claimId, revision: 0, note: "Late change" });
    expect(update).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!update.ok) expect(update.error).toMatch(/approved, so its claims are frozen/);
    const verdict = await executeAction(setVerdict, setter, {
      claimId,
      revision: 0,
      verdict: "UNVERIFIABLE",
      rationale: "Late",
      attempts: "Late",
    });
    expect(verdict).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await prisma().claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      note: null,
      verdict: "MISLEADING",
      revision: 0,
    });
  });

  it("never lets a sign-off and a verdict by the signer both through", async () => {
    const { articleId, claimIds, revision } = await article("READY_FOR_SIGNOFF", [reviewed("14 soldiers")]);
    // Whichever goes first, the other is refused: a signer who has just set a verdict is a setter; a
    // verdict on an approved article is frozen.
    const [signed, verdict] = await Promise.all([
      executeAction(signOff, second, { articleId, revision }),
      executeAction(setVerdict, second, {
        claimId: claimIds[0],
        revision: 0,
        verdict: "UNVERIFIABLE",
        rationale: "Nothing found.",
        attempts: "Searched the archive.",
      }),
    ]);
    expect([signed.ok, verdict.ok].filter(Boolean)).toHaveLength(1);
    const after = await state(articleId);
    if (signed.ok) expect(verdict).toMatchObject({ code: "CONFLICT" });
    else expect(signed).toMatchObject({ code: "FORBIDDEN" });
    expect(after.status).toBe(signed.ok ? "APPROVED" : "READY_FOR_SIGNOFF");
  });
});

describe("a new version", () => {
  const REVISED = [
    "The ministry said 15 soldiers were wounded on Friday near the border.",
    "Officials confirmed that nine lives were lost in the shelling of the village.",
    "The government declined to comment on the incident at the market.",
  ];

  async function addRevisedVersion(articleId: string) {
    return prisma().$transaction((tx) =>
      addVersion(tx, {
        workspaceId: second.workspace.id,
        articleId,
        createdById: second.id,
        title: "Review fixture",
        origin: "PASTE",
        content: versionContent(documentFromParagraphs(REVISED)),
      }),
    );
  }

  it("reopens an approved article and resets only the verdicts whose words changed", async () => {
    const { articleId, claimIds, revision } = await article("READY_FOR_SIGNOFF", [
      { quote: "14 soldiers were wounded", verdict: "VERIFIED" },
      { quote: "nine lives were lost", verdict: "MISLEADING" },
      { quote: "A spokesman blamed the army", verdict: "FALSE" },
      { quote: "Friday", verdict: "DISPUTED" },
    ]);
    const [changed, unchanged, removed, kept] = claimIds as [string, string, string, string];
    await executeAction(signOff, owner, { articleId, revision });
    const approvedVersionId = (await state(articleId)).approvedVersionId;
    const added = await addRevisedVersion(articleId);
    expect(added).toMatchObject({ outcome: "versionAdded", versionNumber: 2 });

    const after = await state(articleId);
    expect(after).toMatchObject({ status: "IN_REVIEW", approvedVersionId });
    expect(after.events.at(-1)).toMatchObject({
      action: "article.status_changed",
      actorId: second.id,
      after: { from: "APPROVED", to: "IN_REVIEW", reason: "version 2 added" },
    });
    const claims = await prisma().claim.findMany({
      where: { articleId },
      select: {
        id: true,
        verdict: true,
        anchorStatus: true,
        decisions: { orderBy: { createdAt: "desc" }, take: 1 },
      },
    });
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    expect(byId.get(unchanged)?.verdict).toBe("MISLEADING");
    expect(byId.get(kept)?.verdict).toBe("DISPUTED");
    for (const id of [changed, removed]) {
      expect(byId.get(id)).toMatchObject({
        verdict: "UNREVIEWED",
        decisions: [
          {
            verdict: "UNREVIEWED",
            setById: second.id,
            rationale: "Reopened: the claimed text changed in version 2.",
          },
        ],
      });
      // Written in bulk: its time must read back as now, like the rows Prisma writes.
      const createdAt = byId.get(id)?.decisions[0]?.createdAt.getTime() ?? 0;
      expect(Math.abs(createdAt - Date.now())).toBeLessThan(60_000);
    }
    const reopened = await prisma().auditEvent.findMany({
      where: { articleId, action: "claim.verdict_reopened" },
      select: { entityId: true, actorId: true, before: true, after: true },
    });
    expect(reopened.map((event) => event.entityId).sort()).toEqual([changed, removed].sort());
    expect(reopened.find((event) => event.entityId === changed)).toMatchObject({
      actorId: second.id,
      before: { verdict: "VERIFIED", exact: "14 soldiers were wounded" },
      after: { verdict: "UNREVIEWED", versionNumber: 2, exact: "15 soldiers were wounded" },
    });
    expect(reopened.find((event) => event.entityId === removed)).toMatchObject({
      before: { verdict: "FALSE" },
      after: { orphaned: true },
    });
  });

  it("leaves an article in review where it is", async () => {
    const { articleId } = await article("IN_REVIEW", [
      { quote: "nine lives were lost", verdict: "MISLEADING" },
    ]);
    await addRevisedVersion(articleId);
    const after = await state(articleId);
    expect(after.status).toBe("IN_REVIEW");
    expect(after.events.map((event) => event.action)).toEqual(["article.version_added"]);
  });
});
