import type { SourceType, Stance } from "@/lib/generated/prisma/enums";

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  GOVERNMENT: "Government / official",
  MILITARY: "Military",
  STATE_MEDIA: "State media",
  WIRE_AGENCY: "Wire agency",
  NEWS_OUTLET: "News outlet",
  NGO: "NGO / international body",
  ACADEMIC: "Academic",
  SOCIAL_MEDIA: "Social media",
  ANONYMOUS: "Anonymous / unnamed",
  OTHER: "Other",
};

/** What each point of the 1–5 reliability scale means to the desk. */
export const RELIABILITY_LABELS: Record<number, string> = {
  1: "1 – Unreliable",
  2: "2 – Often wrong",
  3: "3 – Mixed record",
  4: "4 – Usually reliable",
  5: "5 – Reliable",
};

/** "Reliability 4/5" or "Unrated". */
export function describeReliability(reliability: number | null): string {
  return reliability === null ? "Unrated" : `Reliability ${reliability}/5`;
}

export const STANCE_LABELS: Record<Stance, string> = {
  SUPPORTS: "Supports",
  REFUTES: "Refutes",
  CONTEXT: "Context",
};

/** Headings of the evidence groups. */
export const STANCE_HEADINGS: Record<Stance, string> = {
  SUPPORTS: "Supporting",
  REFUTES: "Refuting",
  CONTEXT: "Context",
};
