import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";

const ARTICLE_NOT_FOUND = "That article was not found in this workspace.";

/**
 * Inside a transaction: the workspace's article with its current version,
 * share-locked so that no new version (which re-anchors every claim) can
 * arrive until this transaction's claim changes are written.
 */
export async function lockArticleForClaims(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  articleId: string,
) {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "Article" WHERE "id" = ${articleId} AND "workspaceId" = ${workspaceId} FOR SHARE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", ARTICLE_NOT_FOUND);
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      id: true,
      status: true,
      currentVersion: { select: { id: true, number: true, plainText: true } },
    },
  });
  if (!article.currentVersion) throw new AppError("NOT_FOUND", ARTICLE_NOT_FOUND);
  return { id: article.id, status: article.status, currentVersion: article.currentVersion };
}

/**
 * Refuses claim work on an approved article: approval freezes the reviewed
 * version, so changing what was signed off means reopening review first
 * (a new version reopens it by itself).
 */
export function assertReviewOpen(status: ReviewStatus): void {
  if (status === "APPROVED") {
    throw new AppError(
      "CONFLICT",
      "This article is approved, so its claims are frozen. Reopen review to change them.",
    );
  }
}

/** Refuses work on a version that is no longer the article's current one. */
export function assertCurrentVersion(current: { id: string; number: number }, versionId: string): void {
  if (current.id !== versionId) {
    throw new AppError(
      "CONFLICT",
      `A newer version (version ${current.number}) of this article has arrived. Reload to review it.`,
    );
  }
}
