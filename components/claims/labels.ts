import type { ClaimKind, Verdict } from "@/lib/generated/prisma/enums";

export const KIND_LABELS: Record<ClaimKind, string> = {
  CASUALTY_FIGURE: "Casualty figure",
  NUMBER: "Other number",
  DATE: "Date",
  QUOTE: "Quote",
  ATTRIBUTION: "Attribution",
  ENTITY: "Person, organization or place",
  OTHER: "Other",
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  UNREVIEWED: "Unreviewed",
  VERIFIED: "Verified",
  MOSTLY_ACCURATE: "Mostly accurate",
  MISLEADING: "Misleading",
  DISPUTED: "Disputed",
  FALSE: "False",
  UNVERIFIABLE: "Unverifiable",
};

/** A symbol beside each verdict, so colour is never the only signal. */
export const VERDICT_SYMBOLS: Record<Verdict, string> = {
  UNREVIEWED: "○",
  VERIFIED: "✓",
  MOSTLY_ACCURATE: "≈",
  MISLEADING: "!",
  DISPUTED: "?",
  FALSE: "✗",
  UNVERIFIABLE: "∅",
};

/** The CSS modifier of a verdict's highlight and badge. */
export function verdictClass(verdict: Verdict): string {
  return `verdict-${verdict.toLowerCase().replace("_", "-")}`;
}

/** The verdict each number key sets (1–7), in the order of the scale from best to worst, unreviewed last. */
export const VERDICT_KEYS: readonly Verdict[] = [
  "VERIFIED",
  "MOSTLY_ACCURATE",
  "MISLEADING",
  "DISPUTED",
  "FALSE",
  "UNVERIFIABLE",
  "UNREVIEWED",
];
