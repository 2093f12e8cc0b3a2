import { Link } from "@/components/ui/link";
import { type ArticleListQuery, articleListHref } from "@/lib/articles/list-query";

/** Previous / next links and where the editor is; plain links, so every page has an address. */
export function Pagination({ query, pageCount }: { query: ArticleListQuery; pageCount: number }) {
  if (pageCount <= 1 && query.page <= 1) return null;
  const link = "rounded-md border px-3 py-1.5 hover:bg-accent";
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
      {query.page > 1 ? (
        <Link
          className={link}
          href={articleListHref(query, { page: Math.min(query.page - 1, pageCount) })}
          rel="prev"
        >
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted-foreground">
        Page {query.page} of {pageCount}
      </span>
      {query.page < pageCount ? (
        <Link className={link} href={articleListHref(query, { page: query.page + 1 })} rel="next">
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
