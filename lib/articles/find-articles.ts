import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma, type PrismaClient } from "@/lib/db";
import type { ReviewStatus, Verdict } from "@/lib/generated/prisma/enums";
import { type ArticleListQuery, PAGE_SIZE } from "./list-query";
import { articleSearchSql } from "./search-sql";

export type ArticleListItem = {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  status: ReviewStatus;
  versionNumber: number;
  assignee: { id: string; name: string } | null;
  claimCount: number;
  /** Claims per verdict; verdicts with no claim are left out. */
  claimsByVerdict: Partial<Record<Verdict, number>>;
};

export type ArticleListPage = { items: ArticleListItem[]; total: number; page: number; pageCount: number };

export type FindArticlesOptions = {
  user: Pick<SessionUser, "id" | "workspace">;
  query?: ArticleListQuery;
  pageSize?: number;
  prisma?: PrismaClient;
};

const FIRST_PAGE: ArticleListQuery = { q: "", sort: "published-desc", page: 1 };

/**
 * One page of the articles of the user's active workspace: full-text search
 * over titles and current text, filters by status, assignee, outlet and
 * publication dates, an order, and each article's claim counts by verdict.
 */
export async function findArticles(options: FindArticlesOptions): Promise<ArticleListPage> {
  const { user, query = FIRST_PAGE, pageSize = PAGE_SIZE } = options;
  const prisma = options.prisma ?? getPrisma();
  const workspaceId = user.workspace.id;
  const rows = await prisma.$queryRaw<Array<{ id: string; total: bigint | number }>>(
    articleSearchSql({ workspaceId, userId: user.id, query, pageSize }),
  );
  const ids = rows.map((row) => row.id);
  const total = Number(
    rows[0]?.total ?? (query.page > 1 ? await countMatches(prisma, workspaceId, options) : 0),
  );
  const [articles, claimCounts] = await Promise.all([
    prisma.article.findMany({
      where: { id: { in: ids }, workspaceId },
      select: {
        id: true,
        title: true,
        outlet: true,
        publishedAt: true,
        status: true,
        currentVersion: { select: { number: true } },
        assignee: { select: { id: true, name: true } },
      },
    }),
    prisma.claim.groupBy({
      by: ["articleId", "verdict"],
      where: { workspaceId, articleId: { in: ids } },
      _count: { _all: true },
    }),
  ]);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const items = ids.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    const { currentVersion, ...rest } = article;
    const counts = claimCounts.filter((count) => count.articleId === id);
    return [
      {
        ...rest,
        versionNumber: currentVersion?.number ?? 0,
        claimCount: counts.reduce((sum, count) => sum + count._count._all, 0),
        claimsByVerdict: Object.fromEntries(counts.map((count) => [count.verdict, count._count._all])),
      },
    ];
  });
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A page past the end has no rows to carry the total; the pager still needs it. */
async function countMatches(prisma: PrismaClient, workspaceId: string, options: FindArticlesOptions) {
  const query = { ...(options.query ?? FIRST_PAGE), page: 1 };
  const sql = articleSearchSql({ workspaceId, userId: options.user.id, query, pageSize: 1 });
  const [row] = await prisma.$queryRaw<Array<{ total: bigint | number }>>(sql);
  return Number(row?.total ?? 0);
}
