import { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleListQuery } from "./list-query";

/**
 * The text-search configuration "searchVector" is built with (see the
 * add_article_search migration's trigger); a query must use the same one.
 */
export const SEARCH_CONFIG = "english";

const ORDER: Record<ArticleListQuery["sort"], Prisma.Sql> = {
  relevance: Prisma.sql`"rank" DESC, a."publishedAt" DESC NULLS LAST, a."id"`,
  "published-desc": Prisma.sql`a."publishedAt" DESC NULLS LAST, a."createdAt" DESC, a."id"`,
  "published-asc": Prisma.sql`a."publishedAt" ASC NULLS LAST, a."createdAt" ASC, a."id"`,
  "updated-desc": Prisma.sql`a."updatedAt" DESC, a."id"`,
  "title-asc": Prisma.sql`lower(a."title") ASC, a."id"`,
};

export type ArticleSearchSqlOptions = {
  workspaceId: string;
  userId: string;
  query: ArticleListQuery;
  pageSize: number;
};

/**
 * One page of the workspace's article ids matching the query, with the
 * total number of matches on every row. Full-text search uses the GIN index
 * on "searchVector" with websearch syntax ("quoted phrases", -excluded, or).
 */
export function articleSearchSql({
  workspaceId,
  userId,
  query,
  pageSize,
}: ArticleSearchSqlOptions): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`a."workspaceId" = ${workspaceId}`];
  const search = query.q ? Prisma.sql`websearch_to_tsquery(${SEARCH_CONFIG}::regconfig, ${query.q})` : null;
  if (search) conditions.push(Prisma.sql`a."searchVector" @@ ${search}`);
  if (query.status) conditions.push(Prisma.sql`a."status" = CAST(${query.status} AS "ReviewStatus")`);
  if (query.assignee === "none") conditions.push(Prisma.sql`a."assigneeId" IS NULL`);
  else if (query.assignee) {
    conditions.push(Prisma.sql`a."assigneeId" = ${query.assignee === "me" ? userId : query.assignee}`);
  }
  if (query.outlet) conditions.push(Prisma.sql`a."outlet" = ${query.outlet}`);
  if (query.from) conditions.push(Prisma.sql`a."publishedAt" >= CAST(${query.from} AS date)`);
  if (query.to) conditions.push(Prisma.sql`a."publishedAt" < CAST(${query.to} AS date) + 1`);
  const rank = search ? Prisma.sql`ts_rank(a."searchVector", ${search})` : Prisma.sql`0`;
  return Prisma.sql`
    SELECT a."id", count(*) OVER () AS "total", ${rank} AS "rank"
    FROM "Article" a
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${ORDER[query.sort]}
    LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`;
}
