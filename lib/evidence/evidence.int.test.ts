// Protects: evidence ties a claim to a source of the same newsroom, once per stance, in one transaction
// with its new source and its audit entry, and cannot be pulled out from under the verdict resting on it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { createArticle } from "@/lib/articles/create-article";
import { createWorkspaceMember } from "@/lib/articles/testing/workspace-fixture";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Stance, Verdict } from "@/lib/generated/prisma/enums";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { attachEvidence } from "./attach-evidence";
import { removeEvidence } from "./remove-evidence";

// Lets one test make the evidence's audit entry fail, to show the new source is rolled back with it.
const failing = vi.hoisted(() => ({ action: null as string | null }));
vi.mock("@/lib/audit/record-audit", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/record-audit")>();
  return {
    recordAudit: async (...args: Parameters<typeof original.recordAudit>) => {
      if (args[1].action === failing.action) throw new Error("audit log unavailable");
      return original.recordAudit(...args);
    },
  };
});

const prisma = setupAppDatabase();
let editor: SessionUser;
let outsider: SessionUser;

beforeAll(async () => {
  editor = await createWorkspaceMember(prisma());
  outsider = await createWorkspaceMember(prisma());
});

async function newClaim(user = editor, status: "DRAFT" | "APPROVED" = "DRAFT") {
  const article = await createArticle({
    prisma: prisma(),
    workspaceId: user.workspace.id,
    createdById: user.id,
    title: "Kursk casualties",
    paragraphs: ["The ministry said nine soldiers died on Friday."],
    origin: "PASTE",
  });
  if (status === "APPROVED") await prisma().article.update({ where: { id: article.id }, data: { status } });
  return prisma().claim.create({
    data: {
      workspaceId: user.workspace.id,
      articleId: article.id,
      originVersionId: article.versionId,
      versionId: article.versionId,
      kind: "CASUALTY_FIGURE",
      quoteExact: "nine soldiers died",
      quotePrefix: "The ministry said ",
      quoteSuffix: " on Friday.",
      positionStart: 18,
      positionEnd: 36,
      createdById: user.id,
    },
  });
}

async function newSource(user = editor, title = "Ministry briefing") {
  return prisma().source.create({
    data: { workspaceId: user.workspace.id, createdById: user.id, title, type: "GOVERNMENT" },
  });
}

async function attach(input: Record<string, unknown>) {
  return executeAction(attachEvidence, editor, input);
}

async function attachOk(claimId: string, sourceId: string, stance: Stance) {
  const result = await attach({ claimId, sourceId, stance });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** Sets a verdict the way the verdict action will: on the claim, with a decision row. */
async function setVerdict(claimId: string, verdict: Verdict, rationale = "Two sources agree.") {
  await prisma().claim.update({ where: { id: claimId }, data: { verdict } });
  await prisma().verdictDecision.create({ data: { claimId, verdict, rationale, setById: editor.id } });
}

const claimEvents = (claimId: string) =>
  prisma().auditEvent.findMany({ where: { entityType: "Claim", entityId: claimId }, orderBy: { id: "asc" } });

describe("evidence.attach", () => {
  it("attaches a library source with stance, excerpt and accessed date, and logs it on the claim", async () => {
    const claim = await newClaim();
    const source = await newSource();
    const result = await attach({
      claimId: claim.id,
      sourceId: source.id,
      stance: "SUPPORTS",
      excerpt: "  Nine servicemen were killed.  ",
      accessedAt: "2025-03-14",
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        stance: "SUPPORTS",
        excerpt: "Nine servicemen were killed.",
        accessedAt: new Date("2025-03-14T00:00:00Z"),
        createdByName: editor.name,
        source: { id: source.id, title: "Ministry briefing", snapshot: null },
      },
    });
    const [event] = await claimEvents(claim.id);
    expect(event).toMatchObject({
      action: "claim.evidence_added",
      articleId: claim.articleId,
      actorId: editor.id,
      after: {
        sourceTitle: "Ministry briefing",
        stance: "SUPPORTS",
        excerpt: "Nine servicemen were killed.",
      },
    });
  });

  it("records now as the accessed date by default, and refuses a date in the future", async () => {
    const claim = await newClaim();
    const evidence = await attachOk(claim.id, (await newSource()).id, "CONTEXT");
    expect(Math.abs((evidence.accessedAt?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    for (const accessedAt of [future, "2025-02-30", "yesterday"]) {
      const result = await attach({
        claimId: claim.id,
        sourceId: (await newSource()).id,
        stance: "CONTEXT",
        accessedAt,
      });
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      if (!result.ok) expect(result.error).toMatch(/cannot be in the future|Enter the date you accessed/);
    }
  });

  it("creates a new source and the evidence together", async () => {
    const claim = await newClaim();
    const result = await attach({
      claimId: claim.id,
      newSource: {
        title: "KCNA dispatch",
        url: "https://kcna.example/en/1",
        publisher: "KCNA",
        type: "STATE_MEDIA",
        reliability: 1,
      },
      stance: "REFUTES",
    });
    expect(result).toMatchObject({
      ok: true,
      data: { stance: "REFUTES", source: { title: "KCNA dispatch" } },
    });
    if (!result.ok) return;
    expect(await prisma().source.findUnique({ where: { id: result.data.source.id } })).toMatchObject({
      workspaceId: editor.workspace.id,
      url: "https://kcna.example/en/1",
      type: "STATE_MEDIA",
      reliability: 1,
    });
    expect(
      await prisma().auditEvent.count({
        where: { entityId: result.data.source.id, action: "source.created" },
      }),
    ).toBe(1);
  });

  it("leaves no new source behind when the evidence cannot be written", async () => {
    const claim = await newClaim();
    const before = await prisma().source.count();
    failing.action = "claim.evidence_added";
    try {
      await expect(
        attach({
          claimId: claim.id,
          newSource: { title: "Orphan source", type: "OTHER" },
          stance: "CONTEXT",
        }),
      ).rejects.toThrow("audit log unavailable");
    } finally {
      failing.action = null;
    }
    expect(await prisma().source.count()).toBe(before);
    expect(await prisma().evidence.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses another workspace's source, writing nothing", async () => {
    const claim = await newClaim();
    const theirs = await newSource(outsider, "Their source");
    const result = await attach({ claimId: claim.id, sourceId: theirs.id, stance: "SUPPORTS" });
    expect(result).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      error: "That source was not found in this workspace.",
    });
    expect(await prisma().evidence.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await claimEvents(claim.id)).toEqual([]);
  });

  it("refuses another workspace's claim", async () => {
    const theirClaim = await newClaim(outsider);
    const result = await attach({
      claimId: theirClaim.id,
      sourceId: (await newSource()).id,
      stance: "SUPPORTS",
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("refuses the same source with the same stance twice, but takes another stance", async () => {
    const claim = await newClaim();
    const source = await newSource();
    await attachOk(claim.id, source.id, "SUPPORTS");
    const again = await attach({ claimId: claim.id, sourceId: source.id, stance: "SUPPORTS" });
    expect(again).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringMatching(/already attached to this claim as supporting evidence/),
    });
    expect(await attach({ claimId: claim.id, sourceId: source.id, stance: "CONTEXT" })).toMatchObject({
      ok: true,
    });
  });

  it("lets exactly one of two simultaneous identical attachments through", async () => {
    const claim = await newClaim();
    const source = await newSource();
    const input = { claimId: claim.id, sourceId: source.id, stance: "REFUTES" };
    const results = await Promise.all([attach(input), attach(input)]);
    expect(results.map((result) => (result.ok ? "ok" : result.code)).sort()).toEqual(["CONFLICT", "ok"]);
    expect(await prisma().evidence.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it.each([
    [
      "sourceId and newSource both",
      (sourceId: string) => ({ sourceId, newSource: { title: "X" } }),
      /not both/,
    ],
    ["neither", () => ({}), /Pick a source from the library or enter a new one\./],
    [
      "a new source with an invalid URL",
      () => ({ newSource: { title: "X", url: "javascript:alert(1)" } }),
      /Only http and https addresses/,
    ],
    [
      "a new source without a title",
      () => ({ newSource: { title: " ", url: "https://x.example" } }),
      /Enter the source's title/,
    ],
  ])("refuses %s with a message, writing nothing", async (_label, input, message) => {
    const claim = await newClaim();
    const sources = await prisma().source.count();
    const result = await attach({ claimId: claim.id, stance: "SUPPORTS", ...input((await newSource()).id) });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await prisma().source.count()).toBe(sources + 1);
    expect(await prisma().evidence.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses a claim of an approved article", async () => {
    const claim = await newClaim(editor, "APPROVED");
    const result = await attach({ claimId: claim.id, sourceId: (await newSource()).id, stance: "SUPPORTS" });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringMatching(/approved/) });
  });
});

describe("evidence.remove", () => {
  it("removes evidence, keeps the source, bumps the claim's revision and logs it", async () => {
    const claim = await newClaim();
    const source = await newSource();
    const evidence = await attachOk(claim.id, source.id, "CONTEXT");
    const result = await executeAction(removeEvidence, editor, { evidenceId: evidence.id });
    expect(result).toMatchObject({ ok: true, data: { id: claim.id, revision: claim.revision + 1 } });
    expect(await prisma().evidence.count({ where: { id: evidence.id } })).toBe(0);
    expect(await prisma().source.count({ where: { id: source.id } })).toBe(1);
    const events = await claimEvents(claim.id);
    expect(events.at(-1)).toMatchObject({
      action: "claim.evidence_removed",
      before: { sourceTitle: "Ministry briefing", stance: "CONTEXT" },
    });
  });

  it.each([
    [
      "VERIFIED",
      "SUPPORTS",
      /marked Verified: “Verified” needs at least one source attached as supporting evidence\. Change the verdict first/,
    ],
    ["MOSTLY_ACCURATE", "SUPPORTS", /marked Mostly accurate.*supporting evidence/],
    ["FALSE", "REFUTES", /marked False.*refuting evidence/],
    ["DISPUTED", "REFUTES", /marked Disputed.*refuting evidence/],
  ] as const)("refuses to remove the only source a %s verdict rests on", async (verdict, stance, message) => {
    const claim = await newClaim();
    const needed = await attachOk(claim.id, (await newSource()).id, stance);
    const context = await attachOk(claim.id, (await newSource(editor, "Background")).id, "CONTEXT");
    await setVerdict(claim.id, verdict);
    const refused = await executeAction(removeEvidence, editor, { evidenceId: needed.id });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringMatching(message) });
    expect(await prisma().evidence.count({ where: { id: needed.id } })).toBe(1);
    expect(await executeAction(removeEvidence, editor, { evidenceId: context.id })).toMatchObject({
      ok: true,
    });
  });

  it("allows removing one of two supporting sources of a verified claim", async () => {
    const claim = await newClaim();
    const first = await attachOk(claim.id, (await newSource()).id, "SUPPORTS");
    await attachOk(claim.id, (await newSource(editor, "Second")).id, "SUPPORTS");
    await setVerdict(claim.id, "VERIFIED");
    expect(await executeAction(removeEvidence, editor, { evidenceId: first.id })).toMatchObject({ ok: true });
  });

  it("does not find another workspace's evidence", async () => {
    const theirClaim = await newClaim(outsider);
    const theirs = await prisma().evidence.create({
      data: {
        claimId: theirClaim.id,
        sourceId: (await newSource(outsider)).id,
        stance: "SUPPORTS",
        createdById: outsider.id,
      },
    });
    const result = await executeAction(removeEvidence, editor, { evidenceId: theirs.id });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma().evidence.count({ where: { id: theirs.id } })).toBe(1);
  });
});
