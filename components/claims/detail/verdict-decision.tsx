import { formatUtcDate, formatUtcDateTime } from "@/components/articles/article-date";
import { VerdictBadge } from "@/components/claims/claim-card";
import { Markdown } from "@/components/ui/markdown";
import type { DecisionView } from "@/lib/claims/claim-detail";

/** One verdict decision: the verdict, its "as of" date, who set it and when, and its rendered rationale. */
export function VerdictDecision({ decision }: { decision: DecisionView }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <VerdictBadge verdict={decision.verdict} />
        <span className="text-muted-foreground text-xs">
          {decision.asOf ? `As of ${formatUtcDate(decision.asOf)} · ` : ""}set by {decision.setByName},{" "}
          <time dateTime={decision.createdAt.toISOString()}>{formatUtcDateTime(decision.createdAt)}</time>
        </span>
      </div>
      {decision.rationale ? <Markdown source={decision.rationale} /> : null}
      {decision.attempts ? (
        <div>
          <p className="font-medium text-muted-foreground text-xs">What was tried</p>
          <Markdown source={decision.attempts} />
        </div>
      ) : null}
    </div>
  );
}
