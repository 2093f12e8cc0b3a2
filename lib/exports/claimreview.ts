import type { Claim, ClaimReview, Organization, Person, WithContext } from "schema-dts";
import { VERDICT_LABELS } from "@/components/claims/labels";
import { rationalePlainText } from "@/lib/markdown/rationale-markdown";
import type { ArticleExport, ExportClaim } from "./article-export";
import { exportFilename } from "./filename";
import type { ExportContext, RenderedExport } from "./formats";
import { BEST_RATING, isReviewed, VERDICT_RATINGS, WORST_RATING } from "./verdict-rating";

type ReviewedClaim = ExportClaim & { verdict: Exclude<ExportClaim["verdict"], "UNREVIEWED"> };

/**
 * One schema.org ClaimReview per reviewed claim, for search engines and fact-check aggregators;
 * the report page embeds them as JSON-LD. A claim is reviewed when it has a verdict and its words
 * are in the article: an orphaned claim is left out, as a ClaimReview says the article (its
 * `appearance`) makes the claim. Ratings follow ./verdict-rating.ts.
 */
export function renderClaimReviewJsonLd(context: ExportContext): WithContext<ClaimReview>[] {
  const reviewed = context.data.claims.filter(
    (claim): claim is ReviewedClaim => isReviewed(claim.verdict) && claim.anchorStatus === "ANCHORED",
  );
  const author: Organization = {
    "@type": "Organization",
    name: context.data.workspace.name,
    url: context.appUrl,
  };
  return reviewed.map((claim) => claimReview(context, claim, author));
}

/** The ClaimReviews as a JSON-LD array download. */
export function renderClaimReview(context: ExportContext): RenderedExport {
  return {
    body: JSON.stringify(renderClaimReviewJsonLd(context), null, 2),
    contentType: "application/ld+json",
    filename: exportFilename(context.data.article.title, "claimreview.jsonld"),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: "<" is escaped so that no text
 * in a quote or rationale can close the script element early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

function claimReview(
  context: ExportContext,
  claim: ReviewedClaim,
  author: Organization,
): WithContext<ClaimReview> {
  const { article } = context.data;
  const rationale = claim.decision?.rationale ? rationalePlainText(claim.decision.rationale) : "";
  const claimant = claimantOf(context.data, claim);
  const itemReviewed: Claim = {
    "@type": "Claim",
    ...(claimant ? { author: claimant } : {}),
    ...(article.publishedAt ? { datePublished: isoDateTime(article.publishedAt) } : {}),
    appearance: {
      "@type": "NewsArticle",
      url: articleUrl(context),
      headline: article.title,
      ...(article.publishedAt ? { datePublished: isoDateTime(article.publishedAt) } : {}),
      ...(article.outlet ? { publisher: { "@type": "Organization", name: article.outlet } } : {}),
    },
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${context.reportUrl}#claim-${claim.number}`,
    claimReviewed: claim.exact,
    datePublished: isoDateTime(claim.decision?.createdAt ?? claim.updatedAt),
    author,
    reviewRating: {
      "@type": "Rating",
      ratingValue: VERDICT_RATINGS[claim.verdict],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: VERDICT_LABELS[claim.verdict],
      ...(rationale ? { ratingExplanation: rationale } : {}),
    },
    itemReviewed,
  };
}

/**
 * Who made the claim: for a quote or an attribution, the speaker named in its normalized value
 * (`{ claimant: "…", claimantType?: "Person" | "Organization" }`) when there is one; otherwise the
 * article's outlet, or its byline; nobody when the article names neither.
 */
function claimantOf(data: ArticleExport, claim: ExportClaim): Person | Organization | null {
  if (claim.kind === "QUOTE" || claim.kind === "ATTRIBUTION") {
    const value = claim.normalizedValue;
    if (value && typeof value === "object" && !Array.isArray(value) && typeof value.claimant === "string") {
      const name = value.claimant.trim();
      if (name)
        return value.claimantType === "Organization" ? organization(name) : { "@type": "Person", name };
    }
  }
  if (data.article.outlet) return organization(data.article.outlet);
  if (data.article.byline) return { "@type": "Person", name: data.article.byline };
  return null;
}

function organization(name: string): Organization {
  return { "@type": "Organization", name };
}

/** The article's own address when it is a web address, else its page in Factdesk. */
function articleUrl({ data, appUrl }: ExportContext): string {
  const url = data.article.url;
  if (url && /^https?:\/\//i.test(url) && URL.canParse(url)) return new URL(url).href;
  return `${appUrl}/articles/${encodeURIComponent(data.article.id)}`;
}

function isoDateTime(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}
