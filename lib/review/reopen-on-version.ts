import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewStatus, Verdict } from "@/lib/generated/prisma/enums";
import { changeArticleStatus } from "./change-status";

/** A claim with a verdict, as it read before a new version re-anchored it. */
export type ReviewedClaim = { id: string; quoteExact: string; verdict: Verdict };

/** Before re-anchoring: the claims whose verdicts the new version may reopen. */
export async function findReviewedClaims(
  tx: Prisma.TransactionClient,
  articleId: string,
): Promise<ReviewedClaim[]> {
  return tx.claim.findMany({
    where: { articleId, anchorStatus: { not: "RETIRED" }, verdict: { not: "UNREVIEWED" } },
    select: { id: true, quoteExact: true, verdict: true },
  });
}

export type ReopenForVersionOptions = {
  workspaceId: string;
  articleId: string;
  /** Who added the version: the reopened decisions and events are theirs. */
  actorId: string;
  versionId: string;
  versionNumber: number;
  /** The article's status before the version arrived. */
  previousStatus: ReviewStatus;
  reviewed: ReviewedClaim[];
};

/**
 * After re-anchoring, in the version's transaction: a reviewed or approved
 * article goes back into review, and each verdict whose words changed
 * (orphaned, quoted differently, or found only approximately) goes back to
 * unreviewed with a decision and an audit entry saying why. Verdicts on
 * unchanged words stand. Returns how many verdicts were reopened.
 */
export async function reopenReviewForVersion(
  tx: Prisma.TransactionClient,
  options: ReopenForVersionOptions,
): Promise<number> {
  const { previousStatus, versionNumber } = options;
  if (previousStatus === "READY_FOR_SIGNOFF" || previousStatus === "APPROVED") {
    await changeArticleStatus(tx, {
      workspaceId: options.workspaceId,
      actorId: options.actorId,
      articleId: options.articleId,
      from: previousStatus,
      to: "IN_REVIEW",
      reason: `version ${versionNumber} added`,
    });
  }
  const changed = await findChangedClaims(tx, options);
  if (changed.length > 0) await reopenClaims(tx, options, changed);
  return changed.length;
}

type ChangedClaim = { id: string; verdict: Verdict; before: string; after: string | null };

async function findChangedClaims(
  tx: Prisma.TransactionClient,
  { reviewed, articleId, versionId }: ReopenForVersionOptions,
): Promise<ChangedClaim[]> {
  if (reviewed.length === 0) return [];
  // The article is locked for update, so its reviewed claims are still the ones read before re-anchoring.
  const rows = await tx.$queryRaw<
    Array<{ id: string; exact: string; status: string; method: string | null }>
  >`
    SELECT c."id", c."quoteExact" AS "exact", c."anchorStatus"::text AS "status", a."method"::text AS "method"
    FROM "Claim" c
    LEFT JOIN "ClaimAnchor" a ON a."claimId" = c."id" AND a."versionId" = ${versionId}
    WHERE c."articleId" = ${articleId} AND c."verdict" <> 'UNREVIEWED' AND c."anchorStatus" <> 'RETIRED'`;
  const now = new Map(rows.map((row) => [row.id, row]));
  return reviewed.flatMap((claim) => {
    const current = now.get(claim.id);
    if (!current) return [];
    const isOrphaned = current.status !== "ANCHORED";
    if (!isOrphaned && current.exact === claim.quoteExact && current.method !== "FUZZY") return [];
    return [
      {
        id: claim.id,
        verdict: claim.verdict,
        before: claim.quoteExact,
        after: isOrphaned ? null : current.exact,
      },
    ];
  });
}

/**
 * Three statements whatever the number of claims (claims, decisions, audit
 * entries: recordAudit's shape, in bulk): through Prisma's updateMany and
 * createMany, a thousand reopened claims took 0.4 s inside the version's
 * transaction, which holds the article's lock. Times are UTC, like Prisma's.
 */
async function reopenClaims(
  tx: Prisma.TransactionClient,
  { workspaceId, articleId, actorId, versionNumber }: ReopenForVersionOptions,
  changed: ChangedClaim[],
) {
  const rationale = `Reopened: the claimed text changed in version ${versionNumber}.`;
  const now = new Date().toISOString();
  const ids = JSON.stringify(changed.map((claim) => claim.id));
  await tx.$executeRaw`
    UPDATE "Claim" SET
      "verdict" = 'UNREVIEWED',
      "revision" = "revision" + 1,
      "updatedAt" = ${now}::timestamptz AT TIME ZONE 'UTC'
    WHERE "id" IN (SELECT jsonb_array_elements_text(${ids}::jsonb))`;
  const decisions = JSON.stringify(changed.map((claim) => ({ id: randomUUID(), claimId: claim.id })));
  await tx.$executeRaw`
    INSERT INTO "VerdictDecision" ("id", "claimId", "verdict", "rationale", "setById", "createdAt")
    SELECT v."id", v."claimId", 'UNREVIEWED'::"Verdict", ${rationale}, ${actorId},
      ${now}::timestamptz AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${decisions}::jsonb) AS v("id" text, "claimId" text)`;
  const events = JSON.stringify(
    changed.map((claim) => ({
      entityId: claim.id,
      before: { verdict: claim.verdict, exact: claim.before },
      after: {
        verdict: "UNREVIEWED",
        reason: rationale,
        versionNumber,
        ...(claim.after === null ? { orphaned: true } : { exact: claim.after }),
      },
    })),
  );
  await tx.$executeRaw`
    INSERT INTO "AuditEvent"
      ("workspaceId", "actorId", "entityType", "entityId", "articleId", "action", "before", "after", "createdAt")
    SELECT ${workspaceId}, ${actorId}, 'Claim', v."entityId", ${articleId}, 'claim.verdict_reopened',
      v."before", v."after", ${now}::timestamptz AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${events}::jsonb) AS v("entityId" text, "before" jsonb, "after" jsonb)`;
}
