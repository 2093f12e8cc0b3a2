import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CLAIM_VIEW_SELECT, toClaimView } from "./claim-view";
import { findClaimOrThrow } from "./find-claim";
import { assertReviewOpen } from "./lock-article";
import { ZClaimIdInput, ZUpdateClaimInput } from "./schemas";

/** Changes a claim's kind or note, refusing an edit that started from an older revision. */
export const updateClaim = defineAction({
  name: "claims.update",
  permission: "write",
  input: ZUpdateClaimInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const claim = await findClaimOrThrow(tx, user.workspace.id, input.claimId);
      assertReviewOpen(claim.article.status);
      const changes = { kind: input.kind, note: input.note };
      const updated = await tx.claim.updateMany({
        where: { id: claim.id, revision: input.revision },
        data: { ...changes, revision: { increment: 1 } },
      });
      if (updated.count === 0) {
        throw new AppError(
          "CONFLICT",
          "Someone changed this claim while you were editing. Reload to see their change.",
        );
      }
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: claim.articleId,
        action: "claim.updated",
        before: { kind: claim.kind, note: claim.note },
        after: { kind: input.kind ?? claim.kind, note: input.note === undefined ? claim.note : input.note },
      });
      return toClaimView(
        await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: CLAIM_VIEW_SELECT }),
      );
    }),
});

/** Deletes a claim (the UI asks first); the audit log keeps what it was. */
export const deleteClaim = defineAction({
  name: "claims.delete",
  permission: "write",
  input: ZClaimIdInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const claim = await findClaimOrThrow(tx, user.workspace.id, input.claimId);
      assertReviewOpen(claim.article.status);
      await tx.claim.delete({ where: { id: claim.id } });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: claim.articleId,
        action: "claim.deleted",
        before: { articleId: claim.articleId, kind: claim.kind, note: claim.note, exact: claim.quoteExact },
      });
      return { id: claim.id };
    }),
});
