import { getPrisma, type PrismaClient } from "@/lib/db";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";

/** One article's review progress, as the dashboard lists it. Retired claims are no longer reviewed, so not counted. */
export type ArticleProgress = {
  id: string;
  title: string;
  status: ReviewStatus;
  assignee: { id: string; name: string } | null;
  dueAt: Date | null;
  /** Past its due date and not approved. */
  isOverdue: boolean;
  claimCount: number;
  reviewedCount: number;
  orphanedCount: number;
};

export type FindArticleProgressOptions = {
  workspaceId: string;
  /** The moment "overdue" is measured against (tests pin it). */
  now?: Date;
  limit?: number;
  prisma?: PrismaClient;
};

type Row = Omit<ArticleProgress, "assignee"> & {
  assigneeId: string | null;
  assigneeName: string | null;
  total: number;
};

/**
 * The workspace's articles in the order they need attention: overdue first, then in review, ready
 * for sign-off, draft, approved last; within each, the earliest due first. Claim counts are
 * aggregated in the database, one row per article. `total` counts every article, beyond `limit`.
 */
export async function findArticleProgress(
  options: FindArticleProgressOptions,
): Promise<{ items: ArticleProgress[]; total: number }> {
  const { workspaceId, now = new Date(), limit = 50 } = options;
  const prisma = options.prisma ?? getPrisma();
  // Prisma keeps DateTime as UTC in "timestamp without time zone"; compare in UTC whatever the session's zone.
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT a."id", a."title", a."status"::text AS "status", a."dueAt",
      a."assigneeId", u."name" AS "assigneeName",
      (a."dueAt" IS NOT NULL AND a."dueAt" < (${now}::timestamptz AT TIME ZONE 'UTC')
        AND a."status" <> 'APPROVED') AS "isOverdue",
      COALESCE(c."claimCount", 0)::int AS "claimCount",
      COALESCE(c."reviewedCount", 0)::int AS "reviewedCount",
      COALESCE(c."orphanedCount", 0)::int AS "orphanedCount",
      count(*) OVER ()::int AS "total"
    FROM "Article" a
    LEFT JOIN "User" u ON u."id" = a."assigneeId"
    LEFT JOIN (
      SELECT "articleId",
        count(*) FILTER (WHERE "anchorStatus" <> 'RETIRED') AS "claimCount",
        count(*) FILTER (WHERE "anchorStatus" <> 'RETIRED' AND "verdict" <> 'UNREVIEWED') AS "reviewedCount",
        count(*) FILTER (WHERE "anchorStatus" = 'ORPHANED') AS "orphanedCount"
      FROM "Claim"
      WHERE "workspaceId" = ${workspaceId}
      GROUP BY "articleId"
    ) c ON c."articleId" = a."id"
    WHERE a."workspaceId" = ${workspaceId}
    ORDER BY "isOverdue" DESC,
      CASE a."status" WHEN 'IN_REVIEW' THEN 0 WHEN 'READY_FOR_SIGNOFF' THEN 1 WHEN 'DRAFT' THEN 2 ELSE 3 END,
      a."dueAt" ASC NULLS LAST, a."updatedAt" DESC, a."id"
    LIMIT ${limit}`;
  const items = rows.map(({ assigneeId, assigneeName, total: _total, ...row }) => ({
    ...row,
    assignee: assigneeId ? { id: assigneeId, name: assigneeName ?? "" } : null,
  }));
  return { items, total: rows[0]?.total ?? 0 };
}
