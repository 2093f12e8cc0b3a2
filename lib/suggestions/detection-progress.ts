import type { PrismaClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { JOB_SCHEMA } from "@/lib/jobs/job-queue";
import { DETECTION_QUEUE } from "./detection-job";

/** Versions whose suggestions the queue has yet to detect, by article. */
export type DetectionProgress = {
  /** How many versions still wait (queued, being retried, or being detected right now). */
  pending: number;
  articles: Array<{ articleId: string; versionIds: string[] }>;
};

/**
 * What the job queue still has to detect for the workspace's articles (all, or `articleIds`), read
 * from pg-boss's own job table: a job not yet completed (or failed for good) is pending. Before the
 * queue was ever started there is no such table, and nothing is pending.
 */
export async function findDetectionProgress(
  prisma: PrismaClient,
  workspaceId: string,
  articleIds?: string[],
): Promise<DetectionProgress> {
  if (articleIds?.length === 0) return { pending: 0, articles: [] };
  const [table] = await prisma.$queryRaw<Array<{ installed: boolean }>>`
    SELECT to_regclass(${`${JOB_SCHEMA}.job`}) IS NOT NULL AS "installed"`;
  if (!table?.installed) return { pending: 0, articles: [] };
  const onlyArticles = articleIds ? Prisma.sql`AND a."id" IN (${Prisma.join(articleIds)})` : Prisma.empty;
  const rows = await prisma.$queryRaw<Array<{ articleId: string; versionIds: string[] }>>`
    SELECT v."articleId", array_agg(DISTINCT v."id") AS "versionIds"
    FROM ${Prisma.raw(`"${JOB_SCHEMA}"."job"`)} j
    JOIN "ArticleVersion" v ON v."id" = j."data"->>'versionId'
    JOIN "Article" a ON a."id" = v."articleId"
    WHERE j."name" = ${DETECTION_QUEUE.name}
      AND j."state" IN ('created', 'retry', 'active')
      AND a."workspaceId" = ${workspaceId}
      ${onlyArticles}
    GROUP BY v."articleId"
    ORDER BY v."articleId"`;
  return { pending: rows.reduce((sum, row) => sum + row.versionIds.length, 0), articles: rows };
}
