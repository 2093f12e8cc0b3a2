import type { Verdict } from "@/lib/generated/prisma/enums";

/*
 * README section (for the lead to merge) — ClaimReview ratings
 * ------------------------------------------------------------
 * ClaimReview (schema.org) rates each reviewed claim with a Rating: `alternateName` is the verdict
 * as readers see it (our label, e.g. "Mostly accurate"), `ratingValue` places it on a numeric scale
 * from `worstRating` 1 to `bestRating` 5, and `ratingExplanation` is the rationale as plain text.
 * Search engines and fact-check aggregators show `alternateName`; the number only orders verdicts
 * for tools that need one, and validators require it, so every verdict has one:
 *
 * | Verdict         | ratingValue | Why                                                           |
 * |-----------------|-------------|---------------------------------------------------------------|
 * | Verified        | 5           | sources confirm the claim as stated                           |
 * | Mostly accurate | 4           | right in substance, a detail imprecise                        |
 * | Misleading      | 3           | true in part or in letter, but leaves a false impression      |
 * | Unverifiable    | 3           | neither confirmed nor refuted with what could be reached      |
 * | Disputed        | 2           | credible sources contradict it (it needs a refuting source)   |
 * | False           | 1           | sources show the claim is wrong                               |
 *
 * The numbers follow Factdesk's own scale, best to worst (VERDICT_KEYS in
 * components/claims/labels.ts): verified, mostly accurate, misleading, disputed, false.
 * Unverifiable is not a point on that scale; it sits in the middle, with misleading, because it
 * says the claim is neither shown true nor shown false. `alternateName` and `ratingExplanation`
 * tell the two apart. (Leaving ratingValue out for it was the alternative; ClaimReview validators
 * then reject the review, and a value outside 1–5 such as -1 breaks the Rating's own range.)
 * Unreviewed claims get no ClaimReview at all.
 */

/** Every verdict a ClaimReview can carry: all but UNREVIEWED. */
export type ReviewedVerdict = Exclude<Verdict, "UNREVIEWED">;

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** The ratingValue of each verdict, on the scale WORST_RATING…BEST_RATING (see the table above). */
export const VERDICT_RATINGS: Record<ReviewedVerdict, number> = {
  VERIFIED: 5,
  MOSTLY_ACCURATE: 4,
  MISLEADING: 3,
  UNVERIFIABLE: 3,
  DISPUTED: 2,
  FALSE: 1,
};

/** Whether a verdict says something about the claim (and so gets a ClaimReview). */
export function isReviewed(verdict: Verdict): verdict is ReviewedVerdict {
  return verdict !== "UNREVIEWED";
}
