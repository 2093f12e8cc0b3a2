import { getPrisma } from "@/lib/db";
import type { ArticleMetadata, SourceFormat } from "@/lib/intake/types";
import { normalizeArticleUrl } from "./article-url";

/** An article a preview may be a new version of. */
export type SameStory = { articleId: string; title: string; versionNumber: number };

export type FindSameStoryOptions = {
  workspaceId: string;
  metadata: Pick<ArticleMetadata, "url" | "title" | "publishedAt">;
  format: SourceFormat;
};

/**
 * The article of the workspace a draft updates, if any, by the rule bulk
 * imports follow (find-import-match.ts): the same address, or for wire copy
 * the same headline and publication time. The review form then offers to
 * save the draft as that article's next version.
 */
export async function findSameStory({
  workspaceId,
  metadata,
  format,
}: FindSameStoryOptions): Promise<SameStory | null> {
  const url = normalizeArticleUrl(metadata.url);
  const where = url
    ? { workspaceId, url }
    : format === "wire" && metadata.publishedAt
      ? { workspaceId, title: metadata.title, publishedAt: metadata.publishedAt }
      : null;
  if (!where) return null;
  const article = await getPrisma().article.findFirst({
    where,
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, currentVersion: { select: { number: true } } },
  });
  return article
    ? { articleId: article.id, title: article.title, versionNumber: article.currentVersion?.number ?? 0 }
    : null;
}
