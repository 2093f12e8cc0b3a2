import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { findClaimOrThrow } from "@/lib/claims/find-claim";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COMMENT_VIEW_SELECT, toCommentView } from "./comment-view";
import { mentionToken } from "./mention-text";
import { ZAddCommentInput } from "./schemas";

/**
 * An editor comments on a claim, mentioning members by "@Name". Each
 * mentioned member (other than the author) gets a Mention row, which is
 * their notification until they read it. Writing, not reading: viewers
 * follow the discussion but the issue has editors discuss.
 */
export const addComment = defineAction({
  name: "comments.add",
  permission: "write",
  input: ZAddCommentInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const claim = await findClaimOrThrow(tx, user.workspace.id, input.claimId);
      // No assertReviewOpen: discussing a claim does not change what was reviewed and signed off,
      // and questions about an approved article (a correction request, say) belong on its claims.
      const mentioned = await findMentionedMembers(tx, user.workspace.id, input);
      const notified = mentioned.filter((member) => member.id !== user.id).map((member) => member.id);
      const comment = await tx.comment.create({
        data: {
          claimId: claim.id,
          authorId: user.id,
          body: input.body,
          mentions: { create: notified.map((userId) => ({ userId })) },
        },
        select: COMMENT_VIEW_SELECT,
      });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: claim.articleId,
        action: "claim.commented",
        after: { commentId: comment.id, body: comment.body, mentions: notified },
      });
      return toCommentView(comment);
    }),
});

/** The members the comment mentions; refuses a non-member, or a mention whose "@Name" is not in the text. */
async function findMentionedMembers(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  input: { body: string; mentionedUserIds: string[] },
) {
  const ids = [...new Set(input.mentionedUserIds)];
  if (ids.length === 0) return [];
  const memberships = await tx.membership.findMany({
    where: { workspaceId, userId: { in: ids } },
    select: { user: { select: { id: true, name: true } } },
  });
  if (memberships.length !== ids.length) {
    // No name: a non-member's name is not this workspace's to show.
    throw new AppError(
      "INVALID_INPUT",
      "Someone you mentioned is not a member of this workspace. Remove that mention and post again.",
    );
  }
  const members = memberships.map((membership) => membership.user);
  const missing = members.find((member) => !input.body.includes(mentionToken(member.name)));
  if (missing) {
    throw new AppError(
      "INVALID_INPUT",
      `To mention ${missing.name}, write "${mentionToken(missing.name)}" in the comment, or remove the mention.`,
    );
  }
  return members;
}
