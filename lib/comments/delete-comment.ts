import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { findClaimOrThrow } from "@/lib/claims/find-claim";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCommentIdInput } from "./schemas";

/**
 * Deletes a comment (and the notifications of its mentions). Only its
 * author may, or an owner moderating the workspace; the audit log keeps
 * what it said.
 */
export const deleteComment = defineAction({
  name: "comments.delete",
  permission: "write",
  input: ZCommentIdInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const found = await tx.comment.findFirst({
        where: { id: input.commentId, claim: { workspaceId: user.workspace.id } },
        select: { claimId: true },
      });
      if (!found) throw new AppError("NOT_FOUND", "That comment was not found in this workspace.");
      // Under the article's lock, like every claim write; the comment is re-read after it.
      const claim = await findClaimOrThrow(tx, user.workspace.id, found.claimId);
      const comment = await tx.comment.findUnique({
        where: { id: input.commentId },
        select: { id: true, authorId: true, body: true },
      });
      if (!comment) throw new AppError("NOT_FOUND", "That comment was already deleted.");
      if (comment.authorId !== user.id && user.role !== "OWNER") {
        throw new AppError(
          "FORBIDDEN",
          "Only the comment's author or an owner of this workspace can delete it.",
        );
      }
      await tx.comment.delete({ where: { id: comment.id } });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: claim.articleId,
        action: "claim.comment_deleted",
        before: { commentId: comment.id, authorId: comment.authorId, body: comment.body },
      });
      return { id: comment.id };
    }),
});
