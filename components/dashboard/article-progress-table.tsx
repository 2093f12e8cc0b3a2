import { ReviewStatusBadge } from "@/components/articles/review-status-badge";
import { Link } from "@/components/ui/link";
import { Progress } from "@/components/ui/progress";
import type { ArticleProgress } from "@/lib/dashboard/article-progress";
import { cn } from "@/lib/utils";
import { DueDate } from "./due-date";

const HEADER_CELL = "px-4 py-3 text-left font-medium text-muted-foreground";
const CELL = "px-4 py-3 align-top";

type ArticleProgressTableProps = { articles: ArticleProgress[]; total: number; now: Date };

/** Review progress per article, in the order the articles need attention (overdue first, approved last). */
export function ArticleProgressTable({ articles, total, now }: ArticleProgressTableProps) {
  if (articles.length === 0) {
    return <p className="text-muted-foreground text-sm">No articles yet: import one to start a review.</p>;
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="overflow-x-auto rounded-lg border">
        <table className="w-full text-sm">
          <caption className="sr-only">Review progress per article, overdue first</caption>
          <thead className="border-b bg-muted/50">
            <tr>
              <th scope="col" className={HEADER_CELL}>
                Article
              </th>
              <th scope="col" className={HEADER_CELL}>
                Status
              </th>
              <th scope="col" className={HEADER_CELL}>
                Assignee
              </th>
              <th scope="col" className={HEADER_CELL}>
                Due
              </th>
              <th scope="col" className={cn(HEADER_CELL, "min-w-40")}>
                Claims reviewed
              </th>
              <th scope="col" className={cn(HEADER_CELL, "text-right")}>
                Orphaned
              </th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {articles.map((article) => (
              <tr
                key={article.id}
                className={cn("hover:bg-muted/40", article.isOverdue && "bg-destructive/5")}
              >
                <th scope="row" className={cn(CELL, "text-left font-medium")}>
                  <Link href={`/articles/${article.id}`} className="underline-offset-2 hover:underline">
                    {article.title}
                  </Link>
                </th>
                <td className={CELL}>
                  <ReviewStatusBadge status={article.status} />
                </td>
                <td className={CELL}>{article.assignee?.name ?? "—"}</td>
                <td className={cn(CELL, "whitespace-nowrap")}>
                  <DueDate dueAt={article.dueAt} isOverdue={article.isOverdue} now={now} />
                </td>
                <td className={CELL}>
                  <ReviewedClaims reviewed={article.reviewedCount} total={article.claimCount} />
                </td>
                <td
                  className={cn(CELL, "text-right tabular-nums", article.orphanedCount > 0 && "font-medium")}
                >
                  {article.orphanedCount}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > articles.length ? (
        <p className="text-muted-foreground text-sm">
          The {articles.length} articles that most need attention, of {total.toLocaleString("en")}.{" "}
          <Link href="/articles" className="underline underline-offset-2">
            All articles
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function ReviewedClaims({ reviewed, total }: { reviewed: number; total: number }) {
  if (total === 0) return <span className="text-muted-foreground">No claims</span>;
  return (
    <div className="flex items-center gap-2">
      <Progress value={reviewed} max={total} aria-label={`${reviewed} of ${total} claims reviewed`} />
      <span className="whitespace-nowrap tabular-nums">
        {reviewed} / {total}
      </span>
    </div>
  );
}
