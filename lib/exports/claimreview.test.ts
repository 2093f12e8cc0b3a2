// Protects: every reviewed claim reaches search engines and fact-check aggregators as a complete
// ClaimReview (required and recommended fields), and nothing unreviewed is published as reviewed.
import { describe, expect, it } from "vitest";
import { VERDICT_LABELS } from "@/components/claims/labels";
import { jsonForScript, renderClaimReview, renderClaimReviewJsonLd } from "./claimreview";
import { sampleExportContext } from "./testing/sample-export";
import { VERDICT_RATINGS } from "./verdict-rating";

// biome-ignore lint/suspicious/noExplicitAny: ClaimReviews are read as plain JSON here.
type Json = any;

const context = sampleExportContext();
const reviews = renderClaimReviewJsonLd(context) as Json[];
const reviewed = context.data.claims.filter(
  (claim) => claim.verdict !== "UNREVIEWED" && claim.anchorStatus === "ANCHORED",
);

describe("renderClaimReviewJsonLd", () => {
  it("gives one ClaimReview per reviewed claim, and none to unreviewed or orphaned ones", () => {
    expect(reviewed.length).toBeGreaterThanOrEqual(6);
    expect(reviews.map((review) => review.claimReviewed)).toEqual(reviewed.map((claim) => claim.exact));
    expect(reviews.map((review) => review.claimReviewed)).not.toContain("Kim Jong-un"); // unreviewed
    expect(reviews.map((review) => review.claimReviewed)).not.toContain("1,200 soldiers"); // orphaned
  });

  it.each(reviewed.map((claim, index) => [claim.number, claim.verdict, index] as const))(
    "claim %i (%s) has every required field",
    (number, verdict, index) => {
      const review = reviews[index];
      expect(review["@context"]).toBe("https://schema.org");
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.claimReviewed).toEqual(expect.any(String));
      expect(review.url).toBe(`https://factdesk.example/articles/art_sample/report#claim-${number}`);
      expect(review.author).toEqual({
        "@type": "Organization",
        name: "Sample Desk",
        url: "https://factdesk.example",
      });
      expect(new Date(review.datePublished).toISOString()).toMatch(/^2025-12-15T/);
      expect(review.reviewRating).toMatchObject({
        "@type": "Rating",
        ratingValue: VERDICT_RATINGS[verdict as keyof typeof VERDICT_RATINGS],
        bestRating: 5,
        worstRating: 1,
        alternateName: VERDICT_LABELS[verdict],
      });
      expect(review.itemReviewed["@type"]).toBe("Claim");
    },
  );

  it.each(reviewed.map((claim, index) => [claim.number, index] as const))(
    "claim %i has the recommended fields: explanation, claimant, date and appearance",
    (_number, index) => {
      const review = reviews[index];
      expect(review.reviewRating.ratingExplanation).toEqual(expect.stringMatching(/\S/));
      expect(review.itemReviewed.author).toEqual({ "@type": "Organization", name: "Example Daily" });
      expect(review.itemReviewed.datePublished).toBe(
        context.data.article.publishedAt?.toISOString().replace(".000Z", "Z"),
      );
      expect(review.itemReviewed.appearance).toMatchObject({
        "@type": "NewsArticle",
        url: "https://news.example/2025/12/14/kursk-casualties",
        headline: context.data.article.title,
      });
    },
  );

  it("explains ratings in plain text: Markdown syntax gone, link addresses kept, HTML kept as literal text", () => {
    const nine = reviews.find((review) => review.claimReviewed === "nine lives");
    expect(nine.reviewRating.ratingExplanation).toBe(
      'State media gave the figure; no independent count exists. <script>alert(1)</script> <img src=x onerror=alert(1)> See KCNA <https://kcna.kp/> and "the ministry", too.',
    );
    // Embedded in the report, "<" cannot close the script element.
    expect(jsonForScript(reviews)).not.toContain("<");
    expect(JSON.parse(jsonForScript(reviews))).toEqual(reviews);
  });

  it("names a quote's speaker from its normalized value, else the outlet, else the byline", () => {
    const custom = sampleExportContext();
    const quote = custom.data.claims.find((claim) => claim.kind === "QUOTE");
    if (!quote) throw new Error("The sample has a quote");
    quote.normalizedValue = { claimant: "Korean Central News Agency", claimantType: "Organization" };
    const byQuote = (renderClaimReviewJsonLd(custom) as Json[]).find((r) => r.claimReviewed === quote.exact);
    expect(byQuote.itemReviewed.author).toEqual({
      "@type": "Organization",
      name: "Korean Central News Agency",
    });
    custom.data.article.outlet = null;
    const [first] = renderClaimReviewJsonLd(custom) as Json[];
    expect(first.itemReviewed.author).toEqual({ "@type": "Person", name: "Staff reporter" });
  });

  it("is served as a JSON-LD array", () => {
    const rendered = renderClaimReview(context);
    expect(rendered.contentType).toBe("application/ld+json");
    expect(rendered.filename).toMatch(/\.claimreview\.jsonld$/);
    expect(JSON.parse(rendered.body as string)).toEqual(reviews);
  });
});
