import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db";
import { JOB_SCHEMA } from "@/lib/jobs/job-queue";
import { DETECTION_QUEUE } from "@/lib/suggestions/detection-job";
import { finishDetection, planDetection, suggestForNewVersion } from "@/lib/suggestions/new-version";

/**
 * An article version saved the way a bulk import saves it: its detection job written in the same
 * transaction, then the process's own worker woken (if it has one).
 */
export async function saveQueuedVersion(
  prisma: PrismaClient,
  owner: { id: string; workspace: { id: string } },
  plainText: string,
): Promise<{ articleId: string; versionId: string }> {
  const plan = await planDetection({ plainText, isBulk: true });
  const saved = await prisma.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: { workspaceId: owner.workspace.id, createdById: owner.id, title: "Queued" },
    });
    const version = await tx.articleVersion.create({
      data: {
        articleId: article.id,
        number: 1,
        title: "Queued",
        plainText,
        document: {},
        contentHash: createHash("sha256").update(plainText).digest("hex"),
        origin: "PASTE",
        createdById: owner.id,
      },
    });
    await tx.article.update({ where: { id: article.id }, data: { currentVersionId: version.id } });
    await suggestForNewVersion(tx, plan, {
      articleId: article.id,
      versionId: version.id,
      plainText,
      publishedAt: null,
    });
    return { articleId: article.id, versionId: version.id };
  });
  finishDetection(plan);
  return saved;
}

/** The states of a version's detection jobs, in pg-boss's own table. */
export function detectionJobStates(prisma: PrismaClient, versionId: string): Promise<string[]> {
  return prisma
    .$queryRawUnsafe<Array<{ state: string }>>(
      `SELECT state::text FROM "${JOB_SCHEMA}".job WHERE name = $1 AND data->>'versionId' = $2`,
      DETECTION_QUEUE.name,
      versionId,
    )
    .then((rows) => rows.map((row) => row.state));
}
