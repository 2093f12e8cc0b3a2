/**
 * Where a claim sits in a version's plain text, as W3C Web Annotation
 * selectors: the quoted text with its surroundings (TextQuoteSelector) and
 * its offsets (TextPositionSelector, UTF-16 code units, end exclusive).
 * Pure: no DOM, React or database, so the server, the browser, scripts and
 * benchmarks share it.
 */
export type TextQuoteSelector = { exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { start: number; end: number };
export type QuoteAnchor = TextQuoteSelector & TextPositionSelector;

/** How much surrounding text a quote selector keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** The selectors of text[start, end). Throws on a range outside the text. */
export function describeQuote(text: string, start: number, end: number): QuoteAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`No text between ${start} and ${end} in a text of ${text.length} characters.`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
