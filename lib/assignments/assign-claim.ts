import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { CLAIM_VIEW_SELECT, toClaimView } from "@/lib/claims/claim-view";
import { findClaimOrThrow } from "@/lib/claims/find-claim";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findAssignee, findAssigneeName } from "./find-assignee";
import { ZAssignClaimInput } from "./schemas";

/**
 * Assigns a claim to an editor or owner of the workspace (or to nobody),
 * refusing an edit that started from an older revision. The claim shows its
 * assignee, so its revision moves on.
 */
export const assignClaim = defineAction({
  name: "assignments.assignClaim",
  permission: "write",
  input: ZAssignClaimInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const claim = await findClaimOrThrow(tx, user.workspace.id, input.claimId);
      // No assertReviewOpen: who is to check a claim is not part of what was signed off, and
      // assigning ahead of the next version (which reopens review) is useful work.
      const assignee = await findAssignee(tx, user.workspace.id, input.assigneeId);
      const updated = await tx.claim.updateMany({
        where: { id: claim.id, revision: input.revision },
        data: { assigneeId: assignee?.id ?? null, revision: { increment: 1 } },
      });
      if (updated.count === 0) {
        throw new AppError(
          "CONFLICT",
          "Someone changed this claim while you were choosing. Its current assignee is shown; choose again.",
        );
      }
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: claim.articleId,
        action: "claim.assigned",
        before: { assigneeId: claim.assigneeId, assigneeName: await findAssigneeName(tx, claim.assigneeId) },
        after: { assigneeId: assignee?.id ?? null, assigneeName: assignee?.name ?? null },
      });
      return toClaimView(
        await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: CLAIM_VIEW_SELECT }),
      );
    }),
});
