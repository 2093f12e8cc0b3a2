import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";

export type ArticleListItem = {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  status: ReviewStatus;
  versionNumber: number;
  claimCount: number;
};

export type FindArticlesOptions = { user: Pick<SessionUser, "workspace"> };

/** The articles of the user's active workspace, newest publication first. */
export async function findArticles({ user }: FindArticlesOptions): Promise<ArticleListItem[]> {
  const articles = await getPrisma().article.findMany({
    where: { workspaceId: user.workspace.id },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      outlet: true,
      publishedAt: true,
      status: true,
      currentVersion: { select: { number: true } },
      _count: { select: { claims: true } },
    },
  });
  return articles.map(({ currentVersion, _count, ...article }) => ({
    ...article,
    versionNumber: currentVersion?.number ?? 0,
    claimCount: _count.claims,
  }));
}
