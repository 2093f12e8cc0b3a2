import type PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getJobQueue } from "@/lib/jobs/job-queue";
import { enqueueDetection, wakeDetectionWorker } from "./detection-job";
import { detectSuggestionRows, insertSuggestionRows } from "./store-suggestions";

/**
 * Longer texts are detected by the job queue even when imported one at a time: inline detection runs
 * inside the version's transaction, which on the embedded database holds the only connection.
 * Measured (detection + storing, one core): the sample article 6 ms + 29 ms embedded, 4 + 19 ms on
 * PostgreSQL; 300,000 characters about 0.2 s + 0.2 s; 1 MB 0.4–0.7 s + 0.2 s; 5 MB 2.3–4.6 s + 0.4 s.
 * So up to here an import waits well under half a second more; past it, the queue.
 */
export const INLINE_DETECTION_MAX_CHARS = 300_000;

/** How a new version gets its suggestions: in its own transaction, or by the queue (`queue` set). */
export type DetectionPlan = { queue?: PgBoss };

/**
 * Before the transaction that saves a version: bulk imports (`isBulk`) and very long texts go to the
 * job queue, so the import returns at once; everything else is detected inline. The queue is started
 * here because it cannot be started inside that transaction on the embedded database.
 */
export async function planDetection(options: {
  plainText: string;
  isBulk?: boolean;
}): Promise<DetectionPlan> {
  if (options.isBulk || options.plainText.length > INLINE_DETECTION_MAX_CHARS) {
    return { queue: await getJobQueue() };
  }
  return {};
}

export type NewVersion = {
  articleId: string;
  versionId: string;
  plainText: string;
  publishedAt: Date | null;
};

/**
 * Inside the transaction that saved a new version: its suggestions, stored now, or a detection job
 * written in the same transaction. Relative dates resolve against the version's published date, else
 * the article's. A detector failure is logged and never fails the import (the editor can still mark
 * claims by hand); a database failure does, as any other.
 */
export async function suggestForNewVersion(
  tx: Prisma.TransactionClient,
  plan: DetectionPlan,
  version: NewVersion,
): Promise<void> {
  if (plan.queue) return enqueueDetection(tx, plan.queue, [version.versionId]);
  const publishedAt = version.publishedAt ?? (await articlePublishedAt(tx, version.articleId));
  let rows: ReturnType<typeof detectSuggestionRows>;
  try {
    rows = detectSuggestionRows({ ...version, publishedAt });
  } catch (error) {
    console.error(`[suggestions] detection failed on version ${version.versionId}:`, error);
    return;
  }
  await insertSuggestionRows(tx, rows);
}

/** After the transaction committed: a queued job is fetched at once by this process's worker. */
export function finishDetection(plan: DetectionPlan): void {
  if (plan.queue) wakeDetectionWorker();
}

async function articlePublishedAt(tx: Prisma.TransactionClient, articleId: string): Promise<Date | null> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { publishedAt: true } });
  return article?.publishedAt ?? null;
}
