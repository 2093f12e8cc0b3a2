import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";

export type StatusChange = {
  workspaceId: string;
  actorId: string;
  articleId: string;
  from: ReviewStatus;
  to: ReviewStatus;
  /** Why, in words, when the change was not asked for directly (e.g. "version 3 added"). */
  reason?: string;
  /** Other columns written with the status (sign-off fields). */
  data?: Prisma.ArticleUpdateInput;
};

/**
 * Inside a transaction that holds the article's row lock: moves the article
 * to `to`, bumps its revision (a review action started before this one is
 * then stale) and writes article.status_changed.
 */
export async function changeArticleStatus(tx: Prisma.TransactionClient, change: StatusChange): Promise<void> {
  const { workspaceId, actorId, articleId, from, to, reason } = change;
  await tx.article.update({
    where: { id: articleId },
    data: { ...change.data, status: to, revision: { increment: 1 } },
  });
  await recordAudit(tx, {
    workspaceId,
    actorId,
    entityType: "Article",
    entityId: articleId,
    articleId,
    action: "article.status_changed",
    before: { status: from },
    after: { status: to, from, to, ...(reason ? { reason } : {}) },
  });
}
