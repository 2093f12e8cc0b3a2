import { type AnchorResult, anchorQuote } from "./anchor-quote";
import type { QuoteAnchor } from "./selectors";

/**
 * Re-anchors many claims in a revised text. Claims are visited in reading
 * order, and each found claim tells how far the text before the next one
 * has moved, so the next search starts where that claim most likely is.
 * Results come back in the order of `anchors`.
 */
export function reanchorAll(text: string, anchors: readonly QuoteAnchor[]): AnchorResult[] {
  const results = new Array<AnchorResult>(anchors.length);
  const order = anchors
    .map((_, index) => index)
    .sort((a, b) => (anchors[a]?.start ?? 0) - (anchors[b]?.start ?? 0));
  let shift = 0;
  for (const index of order) {
    const anchor = anchors[index] as QuoteAnchor;
    const result = anchorQuote(text, anchor, Math.max(0, anchor.start + shift));
    if (result.status === "anchored") shift = result.start - anchor.start;
    results[index] = result;
  }
  return results;
}
