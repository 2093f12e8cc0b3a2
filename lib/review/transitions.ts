import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { changeArticleStatus } from "./change-status";
import { assertStatus, lockArticleForReview } from "./lock-article";
import { assertAllReviewed, countOpenClaims } from "./readiness";
import { ZReopenReviewInput, ZReviewTransitionInput } from "./schemas";

/** What a review action answers: the article's new state, for the page to show until it refreshes. */
export type ReviewState = { articleId: string; status: ReviewStatus; revision: number };

export async function readState(tx: Prisma.TransactionClient, articleId: string): Promise<ReviewState> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { status: true, revision: true },
  });
  return { articleId, ...article };
}

/** Draft → in review: the desk starts checking the article. */
export const submitForReview = defineAction({
  name: "review.submit",
  permission: "write",
  input: ZReviewTransitionInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const article = await lockArticleForReview(tx, { workspaceId: user.workspace.id, ...input });
      assertStatus(article, ["DRAFT"], "submitted for review");
      await changeArticleStatus(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        articleId: article.id,
        from: article.status,
        to: "IN_REVIEW",
      });
      return readState(tx, article.id);
    }),
});

/** In review → ready for sign-off, once every claim has a verdict and none is orphaned. */
export const markReadyForSignOff = defineAction({
  name: "review.markReady",
  permission: "write",
  input: ZReviewTransitionInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const article = await lockArticleForReview(tx, { workspaceId: user.workspace.id, ...input });
      assertStatus(article, ["IN_REVIEW"], "marked ready for sign-off");
      assertAllReviewed(await countOpenClaims(tx, article.id), "marking it ready for sign-off");
      await changeArticleStatus(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        articleId: article.id,
        from: article.status,
        to: "READY_FOR_SIGNOFF",
      });
      return readState(tx, article.id);
    }),
});

/**
 * Ready for sign-off or approved → in review, with an optional reason. The
 * last approved version (and who approved it) stays recorded.
 */
export const reopenReview = defineAction({
  name: "review.reopen",
  permission: "write",
  input: ZReopenReviewInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const article = await lockArticleForReview(tx, { workspaceId: user.workspace.id, ...input });
      assertStatus(article, ["READY_FOR_SIGNOFF", "APPROVED"], "reopened");
      await changeArticleStatus(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        articleId: article.id,
        from: article.status,
        to: "IN_REVIEW",
        reason: input.reason,
      });
      return readState(tx, article.id);
    }),
});
