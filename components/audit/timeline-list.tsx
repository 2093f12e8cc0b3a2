import { formatUtcDateTime } from "@/components/articles/article-date";
import type { TimelineEntry } from "@/lib/audit/timeline";
import { cn } from "@/lib/utils";
import { describeEvent } from "./describe-event";
import { shorten } from "./event-values";

type TimelineListProps = {
  entries: TimelineEntry[];
  /** Name the claim (by its quote) on claim events: the article timeline mixes many claims. */
  showClaimQuotes?: boolean;
  /** Quotes of claims by id, for claim events that do not carry their own. */
  claimQuotes?: Record<string, string>;
  emptyText?: string;
  className?: string;
};

/**
 * An audit timeline, oldest first: who, when and what, with before → after where the event
 * carries it. Every value comes from the log and is rendered as text only.
 */
export function TimelineList({
  entries,
  showClaimQuotes = false,
  claimQuotes = {},
  emptyText,
  className,
}: TimelineListProps) {
  if (entries.length === 0) {
    return <p className="text-muted-foreground text-sm">{emptyText ?? "Nothing has happened here yet."}</p>;
  }
  return (
    <ol className={cn("flex flex-col gap-3 text-sm", className)}>
      {entries.map((entry) => (
        <TimelineItem
          key={entry.id}
          entry={entry}
          showClaimQuote={showClaimQuotes}
          knownQuote={entry.entityType === "Claim" ? claimQuotes[entry.entityId] : undefined}
        />
      ))}
    </ol>
  );
}

type TimelineItemProps = { entry: TimelineEntry; showClaimQuote: boolean; knownQuote?: string };

function TimelineItem({ entry, showClaimQuote, knownQuote }: TimelineItemProps) {
  const { summary, changes, details, quote: carried } = describeEvent(entry);
  const quote = carried ?? (knownQuote ? shorten(knownQuote, 160) : undefined);
  // A timeline that came through JSON carries its dates as strings.
  const at = new Date(entry.createdAt);
  const hasDate = !Number.isNaN(at.getTime());
  return (
    <li className="flex flex-col gap-1 border-l-2 pl-3" data-action={entry.action}>
      {showClaimQuote && quote ? (
        <p className="text-muted-foreground text-xs">
          Claim <q className="italic">{quote}</q>
        </p>
      ) : null}
      <p>
        <span className="font-medium">{entry.actorName ?? "Someone"}</span> {summary}
      </p>
      {hasDate ? (
        <time
          dateTime={at.toISOString()}
          title={`${at.toISOString().replace("T", " ").slice(0, 19)} UTC`}
          className="text-muted-foreground text-xs"
        >
          {formatUtcDateTime(at)}
        </time>
      ) : null}
      {changes.length > 0 ? (
        <ul className="flex flex-col gap-0.5 text-xs">
          {changes.map((change) => (
            <li key={change.label}>
              <span className="text-muted-foreground">{change.label}: </span>
              <span className="line-through decoration-muted-foreground/60">{change.from ?? "none"}</span>
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> changed to </span>
              <span>{change.to ?? "none"}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {details.map((item) => (
        <blockquote
          key={item.label}
          className="whitespace-pre-wrap border-muted border-l-2 pl-2 text-muted-foreground text-xs"
        >
          <span className="font-medium">{item.label}: </span>
          {item.text}
        </blockquote>
      ))}
    </li>
  );
}
