import { formatUtcDate } from "@/components/articles/article-date";

const DAY_MS = 24 * 60 * 60 * 1000;

/** "3 days overdue" / "due today": measured against the dashboard's own `now`, so the page reads consistently. */
export function overdueText(dueAt: Date, now: Date): string {
  const days = Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS);
  if (days < 1) return "overdue today";
  return `${days} ${days === 1 ? "day" : "days"} overdue`;
}

export function DueDate({ dueAt, isOverdue, now }: { dueAt: Date | null; isOverdue: boolean; now: Date }) {
  if (!dueAt) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="flex flex-col">
      <time dateTime={dueAt.toISOString()} title={dueAt.toISOString()}>
        {formatUtcDate(dueAt)}
      </time>
      {isOverdue ? (
        <span className="font-medium text-destructive text-xs">{overdueText(dueAt, now)}</span>
      ) : null}
    </span>
  );
}
