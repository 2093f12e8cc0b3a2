/**
 * How to run the detector over a file's content exactly as read: for wire copy, where the article
 * body starts (after the ` date …` line and the `Published: …` line) and the published time as the
 * reference for relative dates; plain text is all body, with no reference date.
 */
import { isWireFormat, parseWireArticle, WireFormatError } from "@/lib/articles/wire-format";
import type { DetectOptions } from "./types";

export function detectOptionsFor(content: string): DetectOptions {
  if (!isWireFormat(content)) return {};
  const firstBreak = lineEnd(content, 0);
  const secondLineStart = firstBreak;
  const secondBreak = lineEnd(content, secondLineStart);
  const hasTimes = /^\s*Published:/i.test(content.slice(secondLineStart, secondBreak));
  const skipPrefix = hasTimes ? secondBreak : firstBreak;
  try {
    const publishedAt = parseWireArticle(content).publishedAt;
    return publishedAt ? { skipPrefix, publishedAt } : { skipPrefix };
  } catch (error) {
    if (error instanceof WireFormatError) return { skipPrefix }; // a header and no body
    throw error;
  }
}

/** The index just past the line break ending the line that starts at `from` (or the text's end). */
function lineEnd(text: string, from: number): number {
  const newline = text.indexOf("\n", from);
  return newline === -1 ? text.length : newline + 1;
}
