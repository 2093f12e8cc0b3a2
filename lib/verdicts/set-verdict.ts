import { VERDICT_LABELS } from "@/components/claims/labels";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { CLAIM_VIEW_SELECT, toClaimView } from "@/lib/claims/claim-view";
import { findClaimOrThrow } from "@/lib/claims/find-claim";
import { assertReviewOpen } from "@/lib/claims/lock-article";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnchorStatus } from "@/lib/generated/prisma/enums";
import { changeArticleStatus } from "@/lib/review/change-status";
import { describeMissing, missingForVerdict } from "./evidence-rules";
import { ZSetVerdictInput } from "./schemas";

/**
 * Sets a claim's verdict (UNREVIEWED clears it) on the revision the editor
 * started from, if the evidence rules allow it: the claim row, a decision in
 * its history and the audit entry are written together or not at all. The
 * first verdict on a draft article puts the article in review.
 */
export const setVerdict = defineAction({
  name: "verdicts.set",
  permission: "write",
  input: ZSetVerdictInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const workspaceId = user.workspace.id;
      await lockDraftArticle(tx, workspaceId, input.claimId);
      const claim = await findClaimOrThrow(tx, workspaceId, input.claimId);
      assertReviewOpen(claim.article.status);
      assertOnCurrentText(claim.anchorStatus);
      // The claim row lock serializes verdicts with each other and with evidence changes, so the
      // stances read below are the ones the verdict is stored with.
      const [current] = await tx.$queryRaw<Array<{ revision: number }>>`
        SELECT "revision" FROM "Claim" WHERE "id" = ${claim.id} FOR UPDATE`;
      if (!current || current.revision !== input.revision) throw staleClaim();
      const evidence = await tx.evidence.findMany({ where: { claimId: claim.id }, select: { stance: true } });
      const missing = missingForVerdict({
        verdict: input.verdict,
        rationale: input.rationale,
        attempts: input.attempts,
        stances: evidence.map((row) => row.stance),
      });
      if (missing.length > 0) {
        throw new AppError("INVALID_INPUT", describeMissing(VERDICT_LABELS[input.verdict], missing));
      }
      const previous = await tx.verdictDecision.findFirst({
        where: { claimId: claim.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { rationale: true, asOf: true },
      });
      const updated = await tx.claim.updateMany({
        where: { id: claim.id, revision: input.revision },
        data: { verdict: input.verdict, revision: { increment: 1 } },
      });
      if (updated.count === 0) throw staleClaim();
      const isCleared = input.verdict === "UNREVIEWED";
      const decision = {
        verdict: input.verdict,
        rationale: input.rationale || null,
        attempts: input.attempts || null,
        asOf: input.asOf ?? (isCleared ? null : startOfToday()),
      };
      await tx.verdictDecision.create({ data: { claimId: claim.id, setById: user.id, ...decision } });
      await recordAudit(tx, {
        workspaceId,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: claim.articleId,
        action: "claim.verdict_set",
        before: {
          verdict: claim.verdict,
          rationale: previous?.rationale ?? null,
          asOf: previous?.asOf?.toISOString() ?? null,
        },
        after: {
          verdict: decision.verdict,
          rationale: decision.rationale,
          asOf: decision.asOf?.toISOString() ?? null,
          ...(decision.attempts ? { attempts: decision.attempts } : {}),
        },
      });
      if (claim.article.status === "DRAFT") {
        await changeArticleStatus(tx, {
          workspaceId,
          actorId: user.id,
          articleId: claim.articleId,
          from: "DRAFT",
          to: "IN_REVIEW",
          reason: "verdict set",
        });
      }
      return toClaimView(
        await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: CLAIM_VIEW_SELECT }),
      );
    }),
});

/**
 * A draft article changes status with its first verdict. findClaimOrThrow only share-locks the
 * article, and two transactions that share-lock a row and then both update it deadlock; so for a
 * draft, take the update lock first (the share lock that follows is then our own). An article
 * never returns to DRAFT, so one that is not a draft here stays so.
 */
async function lockDraftArticle(tx: Prisma.TransactionClient, workspaceId: string, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId },
    select: { articleId: true, article: { select: { status: true } } },
  });
  if (claim?.article.status !== "DRAFT") return;
  await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${claim.articleId} FOR UPDATE`;
}

/** A verdict is about words in the current text: an orphaned claim must be re-attached first. */
function assertOnCurrentText(status: AnchorStatus) {
  if (status === "ORPHANED") {
    throw new AppError(
      "CONFLICT",
      "This claim's words are not in the current version. Re-attach it to the text before setting a verdict.",
    );
  }
  if (status === "RETIRED") {
    throw new AppError("CONFLICT", "This claim was retired, so it takes no verdict.");
  }
}

function staleClaim(): AppError {
  return new AppError(
    "CONFLICT",
    "Someone else changed this claim while you were editing. Your text is kept: compare it with theirs and set the verdict again.",
  );
}

function startOfToday(): Date {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
}
