import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";

/** How a status reads inside a sentence. */
export const STATUS_WORDS: Record<ReviewStatus, string> = {
  DRAFT: "a draft",
  IN_REVIEW: "in review",
  READY_FOR_SIGNOFF: "ready for sign-off",
  APPROVED: "approved",
};

export type LockedArticle = {
  id: string;
  status: ReviewStatus;
  revision: number;
  currentVersion: { id: string; number: number };
};

/**
 * Inside a transaction: the workspace's article, locked for update (claim
 * writes share-lock it, so no verdict changes while its review moves), at
 * the revision the editor saw, or NOT_FOUND / CONFLICT.
 */
export async function lockArticleForReview(
  tx: Prisma.TransactionClient,
  options: { workspaceId: string; articleId: string; revision: number },
): Promise<LockedArticle> {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "Article"
    WHERE "id" = ${options.articleId} AND "workspaceId" = ${options.workspaceId} FOR UPDATE`;
  const article =
    locked.length === 0
      ? null
      : await tx.article.findUnique({
          where: { id: options.articleId },
          select: {
            id: true,
            status: true,
            revision: true,
            currentVersion: { select: { id: true, number: true } },
          },
        });
  if (!article?.currentVersion)
    throw new AppError("NOT_FOUND", "That article was not found in this workspace.");
  if (article.revision !== options.revision) {
    throw new AppError(
      "CONFLICT",
      `Someone else changed this article while you were looking: it is now ${STATUS_WORDS[article.status]}. Reload to see the current state.`,
    );
  }
  return { ...article, currentVersion: article.currentVersion };
}

/** Refuses a transition that does not start from the article's status. */
export function assertStatus(article: LockedArticle, allowed: readonly ReviewStatus[], action: string): void {
  if (!allowed.includes(article.status)) {
    throw new AppError(
      "CONFLICT",
      `This article is ${STATUS_WORDS[article.status]}, so it cannot be ${action}.`,
    );
  }
}
