// Protects: ClaimReview ratings mean what our verdicts mean, in the documented order.
import { describe, expect, it } from "vitest";
import { VERDICT_KEYS } from "@/components/claims/labels";
import { BEST_RATING, isReviewed, VERDICT_RATINGS, WORST_RATING } from "./verdict-rating";

describe("VERDICT_RATINGS", () => {
  it("is the documented table", () => {
    expect(VERDICT_RATINGS).toEqual({
      VERIFIED: 5,
      MOSTLY_ACCURATE: 4,
      MISLEADING: 3,
      UNVERIFIABLE: 3,
      DISPUTED: 2,
      FALSE: 1,
    });
    expect([WORST_RATING, BEST_RATING]).toEqual([1, 5]);
  });

  it("falls strictly along Factdesk's scale from best to worst, within the rating's range", () => {
    const onScale = VERDICT_KEYS.filter((verdict) => verdict !== "UNREVIEWED" && verdict !== "UNVERIFIABLE");
    const values = onScale.map((verdict) => VERDICT_RATINGS[verdict as keyof typeof VERDICT_RATINGS]);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBe(values.length);
    for (const value of Object.values(VERDICT_RATINGS)) {
      expect(value).toBeGreaterThanOrEqual(WORST_RATING);
      expect(value).toBeLessThanOrEqual(BEST_RATING);
    }
  });

  it("rates every verdict but unreviewed", () => {
    expect(VERDICT_KEYS.filter(isReviewed).sort()).toEqual(Object.keys(VERDICT_RATINGS).sort());
  });
});
