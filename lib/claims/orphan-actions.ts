import { defineAction } from "@/lib/actions/define-action";
import { describeQuote } from "@/lib/anchoring/selectors";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { anchorRowColumns, claimAnchorColumns } from "./anchor-data";
import { checkSelection } from "./check-selection";
import { CLAIM_VIEW_SELECT, toClaimView } from "./claim-view";
import { findClaimOrThrow } from "./find-claim";
import { assertCurrentVersion, assertReviewOpen } from "./lock-article";
import { ZClaimIdInput, ZReattachClaimInput } from "./schemas";

/** An editor re-attaches an orphaned (or misplaced) claim to a new selection in the current version. */
export const reattachClaim = defineAction({
  name: "claims.reattach",
  permission: "write",
  input: ZReattachClaimInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const claim = await findClaimOrThrow(tx, user.workspace.id, input.claimId);
      if (claim.anchorStatus === "RETIRED") throw new AppError("CONFLICT", "This claim was retired.");
      const article = claim.article;
      assertReviewOpen(article.status);
      assertCurrentVersion(article.currentVersion, input.versionId);
      const range = checkSelection(article.currentVersion.plainText, input);
      const quote = describeQuote(article.currentVersion.plainText, range.start, range.end);
      const anchor = { ...anchorRowColumns(quote), method: "MANUAL" as const, score: 1 };
      await tx.claimAnchor.upsert({
        where: { claimId_versionId: { claimId: claim.id, versionId: input.versionId } },
        create: { claimId: claim.id, versionId: input.versionId, ...anchor },
        update: anchor,
      });
      const updated = await tx.claim.update({
        where: { id: claim.id },
        data: { ...claimAnchorColumns(quote, input.versionId), revision: { increment: 1 } },
        select: CLAIM_VIEW_SELECT,
      });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: claim.articleId,
        action: "claim.reattached",
        before: { exact: claim.quoteExact, anchorStatus: claim.anchorStatus },
        after: { exact: quote.exact, versionId: input.versionId },
      });
      return toClaimView(updated);
    }),
});

/** An editor retires an orphaned claim: kept for the record, no longer reviewed or anchored. */
export const retireClaim = defineAction({
  name: "claims.retire",
  permission: "write",
  input: ZClaimIdInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const claim = await findClaimOrThrow(tx, user.workspace.id, input.claimId);
      assertReviewOpen(claim.article.status);
      await tx.claim.update({
        where: { id: claim.id },
        data: { anchorStatus: "RETIRED", revision: { increment: 1 } },
      });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: claim.articleId,
        action: "claim.retired",
        before: { anchorStatus: claim.anchorStatus },
      });
      return { id: claim.id };
    }),
});
