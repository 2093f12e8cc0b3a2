import { type AnchorMethod, anchorQuote } from "@/lib/anchoring/anchor-quote";
import { describeQuote, type QuoteAnchor } from "@/lib/anchoring/selectors";
import { MAX_CLAIM_LENGTH } from "@/lib/claims/schemas";
import type { TextOffsets } from "@/lib/exports/text-offsets";
import type { TargetSelectors } from "./read-target";

export type DraftAnchor =
  | { status: "anchored"; quote: QuoteAnchor; method: AnchorMethod; score: number }
  | { status: "unanchored"; reason: string };

/**
 * Finds an annotation's words in the version's text with the anchoring the editor's own claims
 * use (lib/anchoring): at its position first — counted in code points as the model says, or in
 * UTF-16 units as Hypothesis writes them — then by its quote and surroundings, nearest to that
 * position. Anchored words are trimmed of white space, as a selection is, and described afresh
 * from this text. A position without a quote cannot tell whether this is the same text, so it
 * anchors nothing.
 */
export function anchorDraft(text: string, offsets: TextOffsets, target: TargetSelectors): DraftAnchor {
  const { quote, position } = target;
  if (!quote) {
    return { status: "unanchored", reason: "it selects no quoted text (no TextQuoteSelector)" };
  }
  if (quote.exact.trim().length > MAX_CLAIM_LENGTH) {
    return {
      status: "unanchored",
      reason: `it covers more than ${MAX_CLAIM_LENGTH.toLocaleString("en")} characters, longer than a claim can be`,
    };
  }
  const candidates = position ? [offsets.toUtf16(position.start), position.start] : [];
  const expected = Math.min(
    text.length,
    candidates.find((start) => text.startsWith(quote.exact, start)) ?? candidates[0] ?? 0,
  );
  const found = anchorQuote(
    text,
    { ...quote, start: expected, end: expected + quote.exact.length },
    expected,
  );
  if (found.status === "orphaned") {
    return { status: "unanchored", reason: "its words were not found in this version" };
  }
  const words = text.slice(found.start, found.end);
  const leading = words.length - words.trimStart().length;
  const trimmed = words.trim();
  if (trimmed === "") return { status: "unanchored", reason: "it selects only white space" };
  if (trimmed.length > MAX_CLAIM_LENGTH) {
    return { status: "unanchored", reason: "its words in this version are longer than a claim can be" };
  }
  const start = found.start + leading;
  return {
    status: "anchored",
    quote: describeQuote(text, start, start + trimmed.length),
    method: found.method,
    score: found.score,
  };
}
