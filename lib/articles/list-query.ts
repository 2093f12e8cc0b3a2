import { z } from "zod";

export const ARTICLE_SORTS = [
  "relevance",
  "published-desc",
  "published-asc",
  "updated-desc",
  "title-asc",
] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export const REVIEW_STATUSES = ["DRAFT", "IN_REVIEW", "READY_FOR_SIGNOFF", "APPROVED"] as const;
export const PAGE_SIZE = 25;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Every field falls back on its own: a hand-edited or outdated link still lists something sensible.
const ZListParams = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  status: z.enum(REVIEW_STATUSES).optional().catch(undefined),
  /** "me", "none" or a user id. */
  assignee: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z0-9]+$/)
    .optional()
    .catch(undefined),
  outlet: z.string().trim().max(200).optional().catch(undefined),
  from: z.string().regex(DAY).refine(isRealDay).optional().catch(undefined),
  to: z.string().regex(DAY).refine(isRealDay).optional().catch(undefined),
  sort: z.enum(ARTICLE_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** What the article list shows: a search, filters, an order and a page, read from the address bar. */
export type ArticleListQuery = {
  q: string;
  status?: (typeof REVIEW_STATUSES)[number];
  assignee?: string;
  outlet?: string;
  /** Published on or after this day (UTC), YYYY-MM-DD. */
  from?: string;
  /** Published on or before this day (UTC), YYYY-MM-DD. */
  to?: string;
  sort: ArticleSort;
  page: number;
};

/**
 * Reads the list's search parameters. Bad values are dropped one by one,
 * never failing the page; without a search, "relevance" means newest first.
 */
export function parseArticleListQuery(
  params: Record<string, string | string[] | undefined>,
): ArticleListQuery {
  const single = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]),
  );
  const parsed = ZListParams.parse(single);
  const sort = parsed.sort ?? (parsed.q ? "relevance" : "published-desc");
  return { ...parsed, sort: sort === "relevance" && !parsed.q ? "published-desc" : sort };
}

/** The address-bar form of a query, leaving out defaults; `changes` override (undefined removes). */
export function articleListHref(query: ArticleListQuery, changes: Partial<ArticleListQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const key of ["status", "assignee", "outlet", "from", "to"] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  const defaultSort = merged.q ? "relevance" : "published-desc";
  if (merged.sort !== defaultSort) params.set("sort", merged.sort);
  if (merged.page > 1) params.set("page", String(merged.page));
  const search = params.toString();
  return search ? `/articles?${search}` : "/articles";
}

/** "2025-02-30" has the shape of a day but is none: PostgreSQL would refuse it. */
function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}
