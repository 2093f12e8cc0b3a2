import type { SourceSummary } from "@/lib/claims/claim-detail";
import { describeReliability, SOURCE_TYPE_LABELS } from "./labels";

/** "MoD · Government / official · Reliability 3/5": what a source is, in one line. */
export function SourceMeta({
  source,
  className,
}: {
  source: Omit<SourceSummary, "snapshot" | "id">;
  className?: string;
}) {
  const parts = [source.publisher, SOURCE_TYPE_LABELS[source.type], describeReliability(source.reliability)];
  return (
    <span className={className ?? "text-muted-foreground text-xs"}>{parts.filter(Boolean).join(" · ")}</span>
  );
}
