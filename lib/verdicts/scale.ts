import type { Verdict } from "@/lib/generated/prisma/enums";

/**
 * The verdict scale, fixed for every workspace so that verdicts mean the same
 * across articles, reports and the dashboard (labels: components/claims/labels.ts;
 * the keys 1–7 follow VERDICT_KEYS there). What each verdict needs to stand
 * is in ./evidence-rules.ts.
 */
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  UNREVIEWED: "Nobody has decided on this claim yet.",
  VERIFIED: "Sources confirm the claim as stated.",
  MOSTLY_ACCURATE: "Right in substance; a detail is imprecise or needs context.",
  MISLEADING: "True in part or in letter, but framed to leave a false impression.",
  DISPUTED: "Credible sources contradict each other; the claim is contested.",
  FALSE: "Sources show the claim is wrong.",
  UNVERIFIABLE: "Could not be confirmed or refuted with what could be reached.",
};
