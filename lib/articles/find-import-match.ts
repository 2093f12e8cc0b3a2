import type { Prisma } from "@/lib/generated/prisma/client";
import type { VersionOrigin } from "@/lib/generated/prisma/enums";

/** What an import without a chosen target turns out to be. */
export type ImportMatch =
  | { kind: "update"; articleId: string }
  | { kind: "duplicate"; articleId: string; versionId: string; versionNumber: number; title: string }
  | { kind: "none" };

export type FindImportMatchOptions = {
  workspaceId: string;
  url: string | null;
  title: string;
  origin: VersionOrigin;
  publishedAt: Date | null;
  contentHash: string;
};

/**
 * Decides, inside the import's transaction, whether an import updates an
 * article already in the workspace: the same address; or, for wire copy
 * (which has no address), the same headline and publication time (an
 * update on the wire keeps both and changes its "Updated:" time). Otherwise, when the very same text was imported before, it is a
 * duplicate and nothing is added. Serialized per address/headline with an
 * advisory lock, so two imports of one story never make two articles.
 */
export async function findImportMatch(
  tx: Prisma.TransactionClient,
  options: FindImportMatchOptions,
): Promise<ImportMatch> {
  const { workspaceId, url, title, origin, publishedAt, contentHash } = options;
  const lockKey = `article-import:${workspaceId}:${url ?? title}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
  const sameStory = url
    ? await tx.article.findFirst({
        where: { workspaceId, url },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      })
    : origin === "WIRE" && publishedAt
      ? await tx.article.findFirst({
          where: { workspaceId, title, publishedAt },
          orderBy: { createdAt: "asc" },
          select: { id: true },
        })
      : null;
  if (sameStory) return { kind: "update", articleId: sameStory.id };
  const duplicate = await tx.articleVersion.findFirst({
    where: { contentHash, article: { workspaceId } },
    orderBy: { createdAt: "asc" },
    select: { id: true, number: true, articleId: true, article: { select: { title: true } } },
  });
  if (!duplicate) return { kind: "none" };
  return {
    kind: "duplicate",
    articleId: duplicate.articleId,
    versionId: duplicate.id,
    versionNumber: duplicate.number,
    title: duplicate.article.title,
  };
}
