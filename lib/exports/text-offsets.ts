/**
 * Converts offsets between the two ways of counting a text's characters. Factdesk stores
 * offsets in UTF-16 code units (JavaScript string indices); the W3C Web Annotation Data Model
 * requires Unicode code points ("the selection of the text MUST be in terms of unicode code
 * points … not in terms of code units", section 4.2.4). They differ only after characters
 * outside the Basic Multilingual Plane (emoji, some CJK), so a text without any converts as is.
 */
export type TextOffsets = {
  /** Code point offset of a UTF-16 offset. */
  toCodePoints(utf16: number): number;
  /** UTF-16 offset of a code point offset (past the end stays past the end). */
  toUtf16(codePoints: number): number;
  /** The text's length in code points. */
  codePointLength: number;
};

/** Offsets of one text; built once per text, each conversion a binary search. */
export function textOffsets(text: string): TextOffsets {
  // UTF-16 index of every surrogate pair, in order.
  const pairs: number[] = [];
  for (let index = 0; index < text.length - 1; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs.push(index);
        index++;
      }
    }
  }
  // The same pairs counted in code points: the n-th pair starts n code points earlier.
  const pairsInCodePoints = pairs.map((utf16, n) => utf16 - n);
  return {
    toCodePoints: (utf16) => utf16 - countBefore(pairs, utf16),
    toUtf16: (codePoints) => codePoints + countBefore(pairsInCodePoints, codePoints),
    codePointLength: text.length - pairs.length,
  };
}

/** How many sorted values are strictly below `limit`. */
function countBefore(sorted: number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A quote's surroundings without half a character at their outer edge: a prefix cut 32 code
 * units before a quote may begin with the second half of an emoji, which is not text.
 */
export function wholeCharacters(context: string, side: "prefix" | "suffix"): string {
  if (side === "prefix") {
    const first = context.charCodeAt(0);
    return first >= 0xdc00 && first <= 0xdfff ? context.slice(1) : context;
  }
  const last = context.charCodeAt(context.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? context.slice(0, -1) : context;
}
