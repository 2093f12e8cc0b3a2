"use client";

import { TimelineList } from "@/components/audit/timeline-list";
import type { DetailPartProps } from "./types";

/** The claim's audit timeline, newest last: every edit, verdict, piece of evidence, comment and assignment. */
export function HistoryPart({ detail }: DetailPartProps) {
  return (
    <TimelineList
      entries={detail.timeline}
      className="mt-2"
      emptyText="No history recorded for this claim yet."
    />
  );
}
