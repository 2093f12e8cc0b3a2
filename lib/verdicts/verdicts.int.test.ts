// Protects: a verdict stands only on the evidence the rules ask for, is recorded with who set it and
// why, and two editors setting a verdict at once never overwrite each other silently.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role, Stance, Verdict } from "@/lib/generated/prisma/enums";
import { createReviewFixture } from "@/lib/review/testing/review-fixture";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { setVerdict } from "./set-verdict";

const prisma = setupAppDatabase();
const TEXT = "The ministry said 14 soldiers were wounded on Friday, and nine lives were lost.";
const RATIONALE = "The ministry's own bulletin gives **14** wounded.";
let editor: SessionUser;
let second: SessionUser;

async function createMember(workspace: SessionUser["workspace"], role: Role, name: string) {
  const user = await prisma().user.create({
    data: {
      email: `${randomUUID()}@verdicts.example`,
      name,
      memberships: { create: { workspaceId: workspace.id, role } },
    },
  });
  return { id: user.id, email: user.email, name, workspace, role } satisfies SessionUser;
}

beforeAll(async () => {
  const workspace = await prisma().workspace.create({
    data: { slug: `verdicts-${randomUUID()}`, name: "Verdict Desk" },
    select: { id: true, slug: true, name: true },
  });
  editor = await createMember(workspace, "EDITOR", "Vera Verdict");
  second = await createMember(workspace, "EDITOR", "Sam Second");
});

async function draftWithClaim(quote = "14 soldiers were wounded") {
  const article = await createReviewFixture({
    prisma: prisma(),
    workspaceId: editor.workspace.id,
    createdById: editor.id,
    paragraphs: [TEXT],
    claims: [{ quote }],
  });
  return { articleId: article.articleId, claimId: article.claimIds[0] as string };
}

/** Evidence written straight to the database: the evidence actions are tested on their own. */
async function attach(claimId: string, ...stances: Stance[]) {
  for (const stance of stances) {
    const source = await prisma().source.create({
      data: {
        workspaceId: editor.workspace.id,
        title: `Source ${stance}`,
        url: "https://example.org/bulletin",
        type: "GOVERNMENT",
        createdById: editor.id,
      },
    });
    await prisma().evidence.create({
      data: { claimId, sourceId: source.id, stance, createdById: editor.id },
    });
  }
}

async function written(claimId: string) {
  const claim = await prisma().claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { verdict: true, revision: true, article: { select: { status: true } } },
  });
  return {
    ...claim,
    decisions: await prisma().verdictDecision.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } }),
    events: await prisma().auditEvent.findMany({ where: { entityId: claimId }, orderBy: { id: "asc" } }),
  };
}

describe("verdicts.set refuses a verdict that breaks an evidence rule, writing nothing", () => {
  it.each<[string, Verdict, Stance[], { rationale?: string; attempts?: string }, RegExp]>([
    [
      "verified without a supporting source",
      "VERIFIED",
      ["REFUTES", "CONTEXT"],
      {},
      /“Verified” needs at least one source attached as supporting evidence/,
    ],
    [
      "mostly accurate without any source",
      "MOSTLY_ACCURATE",
      [],
      {},
      /“Mostly accurate” needs at least one source attached as supporting evidence/,
    ],
    [
      "false without a refuting source",
      "FALSE",
      ["SUPPORTS"],
      {},
      /“False” needs at least one source attached as refuting evidence/,
    ],
    [
      "disputed without a refuting source",
      "DISPUTED",
      ["CONTEXT"],
      {},
      /“Disputed” needs at least one source attached as refuting evidence/,
    ],
    [
      "unverifiable without a note of what was tried",
      "UNVERIFIABLE",
      [],
      { attempts: "  " },
      /“Unverifiable” needs a note of what was tried/,
    ],
    [
      "misleading without a rationale",
      "MISLEADING",
      [],
      { rationale: "   " },
      /“Misleading” needs a rationale/,
    ],
    [
      "verified with a source but no rationale",
      "VERIFIED",
      ["SUPPORTS"],
      { rationale: "" },
      /“Verified” needs a rationale explaining the verdict\.$/,
    ],
  ])("%s", async (_label, verdict, stances, fields, message) => {
    const { claimId } = await draftWithClaim();
    await attach(claimId, ...stances);
    const result = await executeAction(setVerdict, editor, {
      claimId,
      revision: 0,
      verdict,
      rationale: RATIONALE,
      ...fields,
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await written(claimId)).toMatchObject({
      verdict: "UNREVIEWED",
      revision: 0,
      article: { status: "DRAFT" },
      decisions: [],
      events: [],
    });
  });
});

describe("verdicts.set with what the rules ask for", () => {
  it.each<[Verdict, Stance[], string | undefined]>([
    ["VERIFIED", ["SUPPORTS"], undefined],
    ["MOSTLY_ACCURATE", ["SUPPORTS", "REFUTES"], undefined],
    ["FALSE", ["REFUTES"], undefined],
    ["DISPUTED", ["REFUTES", "SUPPORTS"], undefined],
    ["MISLEADING", [], undefined],
    ["UNVERIFIABLE", [], "Called the regional office; no archive holds the bulletin."],
  ])("stores %s with its decision and audit entry", async (verdict, stances, attempts) => {
    const { claimId } = await draftWithClaim();
    await attach(claimId, ...stances);
    const result = await executeAction(setVerdict, editor, {
      claimId,
      revision: 0,
      verdict,
      rationale: `  ${RATIONALE}  `,
      attempts,
      asOf: "2025-01-15",
    });
    expect(result.ok, result.ok ? "" : result.error).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ id: claimId, verdict, revision: 1 });
    const after = await written(claimId);
    expect(after).toMatchObject({ verdict, revision: 1 });
    expect(after.decisions).toMatchObject([
      { verdict, rationale: RATIONALE, attempts: attempts ?? null, setById: editor.id },
    ]);
    expect(after.decisions[0]?.asOf?.toISOString()).toBe("2025-01-15T00:00:00.000Z");
    expect(after.events).toMatchObject([
      {
        action: "claim.verdict_set",
        actorId: editor.id,
        before: { verdict: "UNREVIEWED", rationale: null, asOf: null },
        after: {
          verdict,
          rationale: RATIONALE,
          asOf: "2025-01-15T00:00:00.000Z",
          ...(attempts ? { attempts } : {}),
        },
      },
    ]);
  });

  it("puts a draft article in review with its first verdict, recording the change", async () => {
    const { articleId, claimId } = await draftWithClaim();
    await executeAction(setVerdict, editor, {
      claimId,
      revision: 0,
      verdict: "MISLEADING",
      rationale: RATIONALE,
    });
    const article = await prisma().article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article).toMatchObject({ status: "IN_REVIEW", revision: 1 });
    const event = await prisma().auditEvent.findFirst({
      where: { entityId: articleId, action: "article.status_changed" },
    });
    expect(event).toMatchObject({ before: { status: "DRAFT" }, after: { from: "DRAFT", to: "IN_REVIEW" } });
  });

  it("dates the verdict today when no date is given", async () => {
    const { claimId } = await draftWithClaim();
    await executeAction(setVerdict, editor, {
      claimId,
      revision: 0,
      verdict: "MISLEADING",
      rationale: RATIONALE,
    });
    const [decision] = (await written(claimId)).decisions;
    expect(decision?.asOf?.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
  });

  it("clears a verdict with unreviewed, keeping the history", async () => {
    const { claimId } = await draftWithClaim();
    await executeAction(setVerdict, editor, {
      claimId,
      revision: 0,
      verdict: "MISLEADING",
      rationale: RATIONALE,
    });
    const result = await executeAction(setVerdict, second, { claimId, revision: 1, verdict: "UNREVIEWED" });
    expect(result).toMatchObject({ ok: true, data: { verdict: "UNREVIEWED", revision: 2 } });
    const after = await written(claimId);
    expect(after.decisions.map((decision) => [decision.verdict, decision.setById])).toEqual([
      ["MISLEADING", editor.id],
      ["UNREVIEWED", second.id],
    ]);
    expect(after.events.at(-1)).toMatchObject({
      before: { verdict: "MISLEADING", rationale: RATIONALE },
      after: { verdict: "UNREVIEWED", rationale: null, asOf: null },
    });
  });

  it.each([
    ["a date in the future", { asOf: "2999-01-01" }, /cannot be in the future/],
    ["a date that does not exist", { asOf: "2025-02-30" }, /YYYY-MM-DD/],
    ["a rationale over 10,000 characters", { rationale: "x".repeat(10_001) }, /under 10,000 characters/],
    ["a verdict off the scale", { verdict: "TRUE" }, /Choose a verdict/],
  ])("refuses %s", async (_label, fields, message) => {
    const { claimId } = await draftWithClaim();
    const result = await executeAction(setVerdict, editor, {
      claimId,
      revision: 0,
      verdict: "MISLEADING",
      rationale: RATIONALE,
      ...fields,
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!result.ok) expect(result.error).toMatch(message);
    expect((await written(claimId)).decisions).toEqual([]);
  });

  it("refuses a verdict on a claim whose words are not in the current version", async () => {
    const article = await createReviewFixture({
      prisma: prisma(),
      workspaceId: editor.workspace.id,
      createdById: editor.id,
      paragraphs: [TEXT],
      claims: [{ quote: "nine lives", anchorStatus: "ORPHANED" }],
    });
    const claimId = article.claimIds[0] as string;
    const result = await executeAction(setVerdict, editor, {
      claimId,
      revision: 0,
      verdict: "MISLEADING",
      rationale: RATIONALE,
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!result.ok) expect(result.error).toMatch(/Re-attach it/);
    expect((await written(claimId)).decisions).toEqual([]);
  });

  it("refuses another workspace's claim as not found", async () => {
    const { claimId } = await draftWithClaim();
    const workspace = await prisma().workspace.create({
      data: { slug: `other-${randomUUID()}`, name: "Other Desk" },
      select: { id: true, slug: true, name: true },
    });
    const outsider = await createMember(workspace, "OWNER", "Olga Outsider");
    const result = await executeAction(setVerdict, outsider, {
      claimId,
      revision: 0,
      verdict: "MISLEADING",
      rationale: RATIONALE,
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await written(claimId)).decisions).toEqual([]);
  });
});

describe("verdicts.set by two editors at once", () => {
  it("refuses a verdict set on a revision someone else already changed", async () => {
    const { claimId } = await draftWithClaim();
    await executeAction(setVerdict, editor, {
      claimId,
      revision: 0,
      verdict: "MISLEADING",
      rationale: RATIONALE,
    });
    const stale = await executeAction(setVerdict, second, {
      claimId,
      revision: 0,
      verdict: "UNVERIFIABLE",
      rationale: "Nothing found.",
      attempts: "Searched the archive.",
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!stale.ok) expect(stale.error).toMatch(/Someone else changed this claim/);
    expect(await written(claimId)).toMatchObject({ verdict: "MISLEADING", revision: 1 });
    expect((await written(claimId)).decisions).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous verdicts win; the other gets a conflict and nothing is lost", async () => {
    const { claimId } = await draftWithClaim();
    await attach(claimId, "SUPPORTS", "REFUTES");
    const [first, other] = await Promise.all([
      executeAction(setVerdict, editor, {
        claimId,
        revision: 0,
        verdict: "VERIFIED",
        rationale: "Vera's reading.",
      }),
      executeAction(setVerdict, second, {
        claimId,
        revision: 0,
        verdict: "FALSE",
        rationale: "Sam's reading.",
      }),
    ]);
    const results = [first, other];
    const winners = results.filter((result) => result.ok);
    const losers = results.filter((result) => !result.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toMatchObject([{ ok: false, code: "CONFLICT" }]);
    const winner = first.ok
      ? { verdict: "VERIFIED", rationale: "Vera's reading.", setById: editor.id }
      : {
          verdict: "FALSE",
          rationale: "Sam's reading.",
          setById: second.id,
        };
    const after = await written(claimId);
    expect(after).toMatchObject({ verdict: winner.verdict, revision: 1 });
    expect(after.decisions).toMatchObject([winner]);
    expect(after.events.filter((event) => event.action === "claim.verdict_set")).toHaveLength(1);
  });
});
