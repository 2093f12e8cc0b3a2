import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { findArticles } from "@/lib/articles/find-articles";
import { findArticleListFilters } from "@/lib/articles/find-list-filters";
import { parseArticleListQuery } from "@/lib/articles/list-query";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { ArticleFilters } from "./article-filters";
import { ArticleTable } from "./article-table";
import { Pagination } from "./pagination";

export const metadata: Metadata = { title: "Articles" };

type ArticlesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: ArticlesPageProps) {
  const user = await requireUser();
  const query = parseArticleListQuery(await searchParams);
  const [page, filters] = await Promise.all([
    findArticles({ user, query }),
    findArticleListFilters({ user }),
  ]);
  const isFiltered = Boolean(
    query.q || query.status || query.assignee || query.outlet || query.from || query.to,
  );

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-semibold text-2xl tracking-tight">Articles</h1>
        {can(user.role, "write") ? (
          <Button asChild>
            <Link href="/articles/import">Import articles</Link>
          </Button>
        ) : null}
      </div>
      {page.total === 0 && !isFiltered ? (
        <div className="rounded-lg border border-dashed p-10 text-center">
          <p className="font-medium">No articles yet</p>
          <p className="mt-1 text-muted-foreground text-sm">
            Articles imported into {user.workspace.name} will appear here for review.
          </p>
        </div>
      ) : (
        <>
          <ArticleFilters query={query} filters={filters} />
          <p className="text-muted-foreground text-sm" aria-live="polite">
            {page.total === 0
              ? "No articles match. Try fewer words or filters."
              : `${page.total.toLocaleString("en")} ${page.total === 1 ? "article" : "articles"}${isFiltered ? " match" : ""}`}
          </p>
          {page.items.length > 0 ? <ArticleTable articles={page.items} /> : null}
          <Pagination query={query} pageCount={page.pageCount} />
        </>
      )}
    </div>
  );
}
