import type { ReactNode } from "react";
import { formatUtcDate } from "@/components/articles/article-date";
import { ReviewStatusBadge } from "@/components/articles/review-status-badge";
import { Link } from "@/components/ui/link";
import type { QueueArticle } from "@/lib/queue/find-queue";

/** An article's line in the queue: its title (a link), review state and due date, overdue in words. */
export function QueueArticleLine({ article, children }: { article: QueueArticle; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Link href={`/articles/${article.id}`} className="font-medium underline-offset-4 hover:underline">
        {article.title}
      </Link>
      <ReviewStatusBadge status={article.status} />
      <DueDate dueAt={article.dueAt} isOverdue={article.isOverdue} />
      {children}
    </div>
  );
}

export function DueDate({ dueAt, isOverdue }: { dueAt: Date | null; isOverdue: boolean }) {
  if (!dueAt) return <span className="text-muted-foreground text-xs">No due date</span>;
  return (
    <span className={`text-xs ${isOverdue ? "font-medium text-destructive" : "text-muted-foreground"}`}>
      {isOverdue ? "Overdue: was due " : "Due "}
      <time dateTime={dueAt.toISOString()}>{formatUtcDate(dueAt)}</time>
    </span>
  );
}

/** A titled section of the queue with what to do when it is empty. */
export function QueueSection(props: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id} className="flex flex-col gap-3">
      <h2 id={props.id} className="font-semibold text-lg">
        {props.title} <span className="font-normal text-muted-foreground text-sm">({props.count})</span>
      </h2>
      {props.count === 0 ? (
        <p className="rounded-md border p-4 text-muted-foreground text-sm">{props.empty}</p>
      ) : (
        props.children
      )}
    </section>
  );
}
