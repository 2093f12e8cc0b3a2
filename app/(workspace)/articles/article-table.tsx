import { ArticleDate } from "@/components/articles/article-date";
import { ReviewStatusBadge } from "@/components/articles/review-status-badge";
import { VerdictCounts } from "@/components/articles/verdict-counts";
import { Link } from "@/components/ui/link";
import type { ArticleListItem } from "@/lib/articles/find-articles";

const HEADER_CELL = "px-4 py-3 text-left font-medium text-muted-foreground";
const CELL = "px-4 py-3 align-top";

export function ArticleTable({ articles }: { articles: ArticleListItem[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="sr-only">Articles in this newsroom</caption>
        <thead className="border-b bg-muted/50">
          <tr>
            <th scope="col" className={HEADER_CELL}>
              Title
            </th>
            <th scope="col" className={HEADER_CELL}>
              Outlet
            </th>
            <th scope="col" className={HEADER_CELL}>
              Published
            </th>
            <th scope="col" className={HEADER_CELL}>
              Status
            </th>
            <th scope="col" className={HEADER_CELL}>
              Assignee
            </th>
            <th scope="col" className={`${HEADER_CELL} text-right`}>
              Version
            </th>
            <th scope="col" className={`${HEADER_CELL} text-right`}>
              Claims
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {articles.map((article) => (
            <tr key={article.id} className="hover:bg-muted/40">
              <th scope="row" className={`${CELL} text-left font-medium`}>
                <Link href={`/articles/${article.id}`} className="underline-offset-2 hover:underline">
                  {article.title}
                </Link>
              </th>
              <td className={CELL}>{article.outlet ?? "—"}</td>
              <td className={`${CELL} whitespace-nowrap`}>
                {article.publishedAt ? <ArticleDate date={article.publishedAt} /> : "—"}
              </td>
              <td className={CELL}>
                <ReviewStatusBadge status={article.status} />
              </td>
              <td className={CELL}>{article.assignee?.name ?? "—"}</td>
              <td className={`${CELL} text-right tabular-nums`}>{article.versionNumber}</td>
              <td className={`${CELL} text-right tabular-nums`}>
                <span className="sr-only">{article.claimCount} claims: </span>
                <VerdictCounts counts={article.claimsByVerdict} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
