import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import type { ArticleDocument } from "./document";
import { ZArticleId } from "./schemas";

export type ArticleReadingView = {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: Date | null;
  sourceUpdatedAt: Date | null;
  status: ReviewStatus;
  version: { id: string; number: number; createdAt: Date };
  versionCount: number;
  document: ArticleDocument;
};

export type GetArticleOptions = { user: Pick<SessionUser, "workspace">; articleId: string };

/**
 * An article of the user's workspace with its current version, or null. An
 * article of another workspace is null too: its existence is never revealed.
 */
export async function getArticleForReading({
  user,
  articleId,
}: GetArticleOptions): Promise<ArticleReadingView | null> {
  if (!ZArticleId.safeParse(articleId).success) return null;
  const article = await getPrisma().article.findFirst({
    where: { id: articleId, workspaceId: user.workspace.id },
    select: {
      id: true,
      title: true,
      outlet: true,
      byline: true,
      publishedAt: true,
      sourceUpdatedAt: true,
      status: true,
      currentVersion: { select: { id: true, number: true, createdAt: true, document: true } },
      _count: { select: { versions: true } },
    },
  });
  if (!article?.currentVersion) return null;
  const { currentVersion, _count, ...rest } = article;
  const { document, ...version } = currentVersion;
  return { ...rest, version, versionCount: _count.versions, document: document as ArticleDocument };
}
