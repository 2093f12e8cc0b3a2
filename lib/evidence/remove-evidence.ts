import { VERDICT_LABELS } from "@/components/claims/labels";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { CLAIM_VIEW_SELECT, toClaimView } from "@/lib/claims/claim-view";
import { findClaimOrThrow } from "@/lib/claims/find-claim";
import { assertReviewOpen } from "@/lib/claims/lock-article";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Verdict } from "@/lib/generated/prisma/enums";
import { describeMissing, missingForVerdict } from "@/lib/verdicts/evidence-rules";
import { ZRemoveEvidenceInput } from "./schemas";

const EVIDENCE_NOT_FOUND = "That evidence was not found in this workspace.";

type LockedClaim = { id: string; verdict: Verdict; revision: number };

/**
 * Refuses a removal that would leave the claim's current verdict without
 * the evidence its rule needs (a verified claim with no supporting source).
 * Only what the removal itself breaks counts: a rationale missing already is
 * the verdict's business, not this source's.
 */
async function assertVerdictStillStands(
  tx: Prisma.TransactionClient,
  claim: LockedClaim,
  evidenceId: string,
) {
  if (claim.verdict === "UNREVIEWED") return;
  const decision = await tx.verdictDecision.findFirst({
    where: { claimId: claim.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { rationale: true, attempts: true },
  });
  const evidence = await tx.evidence.findMany({
    where: { claimId: claim.id },
    select: { id: true, stance: true },
  });
  const basis = { verdict: claim.verdict, rationale: decision?.rationale, attempts: decision?.attempts };
  const missingNow = missingForVerdict({ ...basis, stances: evidence.map((item) => item.stance) });
  const remaining = evidence.filter((item) => item.id !== evidenceId).map((item) => item.stance);
  const missing = missingForVerdict({ ...basis, stances: remaining }).filter(
    (item) => !missingNow.includes(item),
  );
  if (missing.length > 0) {
    const label = VERDICT_LABELS[claim.verdict];
    throw new AppError(
      "CONFLICT",
      `This claim is marked ${label}: ${describeMissing(label, missing)} Change the verdict first, or attach another source.`,
    );
  }
}

/**
 * Removes a source from a claim's evidence (the source stays in the
 * library). Locks the claim row and bumps its revision, so a verdict being
 * set at the same moment on the old evidence is refused as a conflict
 * instead of standing on a source that is gone.
 */
export const removeEvidence = defineAction({
  name: "evidence.remove",
  permission: "write",
  input: ZRemoveEvidenceInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const workspaceId = user.workspace.id;
      const owner = await tx.evidence.findFirst({
        where: { id: input.evidenceId, claim: { workspaceId } },
        select: { claimId: true },
      });
      if (!owner) throw new AppError("NOT_FOUND", EVIDENCE_NOT_FOUND);
      const claim = await findClaimOrThrow(tx, workspaceId, owner.claimId);
      assertReviewOpen(claim.article.status);
      const evidence = await tx.evidence.findFirst({
        where: { id: input.evidenceId, claimId: claim.id },
        select: {
          id: true,
          stance: true,
          excerpt: true,
          sourceId: true,
          source: { select: { title: true } },
        },
      });
      if (!evidence) throw new AppError("NOT_FOUND", EVIDENCE_NOT_FOUND);
      // The claim row lock (as setting a verdict takes it) serializes this with verdict changes, so the
      // verdict checked below is the one the remaining evidence has to carry.
      const [locked] = await tx.$queryRaw<LockedClaim[]>`
        SELECT "id", "verdict"::text AS "verdict", "revision" FROM "Claim" WHERE "id" = ${claim.id} FOR UPDATE`;
      if (!locked) throw new AppError("NOT_FOUND", EVIDENCE_NOT_FOUND);
      await assertVerdictStillStands(tx, locked, evidence.id);
      const deleted = await tx.evidence.deleteMany({ where: { id: evidence.id } });
      const bumped = await tx.claim.updateMany({
        where: { id: claim.id, revision: locked.revision },
        data: { revision: { increment: 1 } },
      });
      if (deleted.count === 0 || bumped.count === 0) {
        throw new AppError("CONFLICT", "This claim changed while you were removing the source. Try again.");
      }
      await recordAudit(tx, {
        workspaceId,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: claim.articleId,
        action: "claim.evidence_removed",
        before: {
          evidenceId: evidence.id,
          sourceId: evidence.sourceId,
          sourceTitle: evidence.source.title,
          stance: evidence.stance,
          excerpt: evidence.excerpt,
        },
      });
      return toClaimView(
        await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: CLAIM_VIEW_SELECT }),
      );
    }),
});
