import type { QuoteAnchor } from "@/lib/anchoring/selectors";

/** A claim's columns for its current anchor, with the version they refer to. */
export function claimAnchorColumns(quote: QuoteAnchor, versionId: string) {
  return {
    versionId,
    anchorStatus: "ANCHORED" as const,
    quoteExact: quote.exact,
    quotePrefix: quote.prefix,
    quoteSuffix: quote.suffix,
    positionStart: quote.start,
    positionEnd: quote.end,
  };
}

/** A ClaimAnchor row's selector columns. */
export function anchorRowColumns(quote: QuoteAnchor) {
  return {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: quote.start,
    end: quote.end,
  };
}
