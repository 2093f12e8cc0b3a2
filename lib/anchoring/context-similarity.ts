import { distance } from "fastest-levenshtein";

/**
 * How alike the text before a candidate is to the prefix we remembered,
 * from 0 to 1. Only as much as we remembered is compared, aligned at the
 * quote (the end of the prefix), since that is the part that matters most.
 */
export function prefixSimilarity(text: string, start: number, expected: string): number {
  const actual = text.slice(Math.max(0, start - expected.length), start);
  return similarity(expected, actual);
}

/** The same for the text after a candidate and the remembered suffix, aligned at the quote's end. */
export function suffixSimilarity(text: string, end: number, expected: string): number {
  return similarity(expected, text.slice(end, end + expected.length));
}

/** 1 − normalized edit distance; two empty strings are identical. */
export function similarity(a: string, b: string): number {
  const length = Math.max(a.length, b.length);
  return length === 0 ? 1 : 1 - distance(a, b) / length;
}
