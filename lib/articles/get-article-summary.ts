import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import { ZArticleId } from "./schemas";

/** Just enough of an article to name it, e.g. as the target of a new version. */
export type ArticleSummary = { id: string; title: string; versionNumber: number };

/** An article of the user's workspace by id, or null (also for another workspace's article). */
export async function getArticleSummary({
  user,
  articleId,
}: {
  user: Pick<SessionUser, "workspace">;
  articleId: string;
}): Promise<ArticleSummary | null> {
  if (!ZArticleId.safeParse(articleId).success) return null;
  const article = await getPrisma().article.findFirst({
    where: { id: articleId, workspaceId: user.workspace.id },
    select: { id: true, title: true, currentVersion: { select: { number: true } } },
  });
  return article
    ? { id: article.id, title: article.title, versionNumber: article.currentVersion?.number ?? 0 }
    : null;
}
