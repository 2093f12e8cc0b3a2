import { AppError } from "@/lib/errors";
import { MAX_CLAIM_LENGTH } from "./schemas";

/**
 * Validates a selection against the current version's text and trims the
 * white space around it: empty or white-space-only selections, selections
 * longer than a claim can be, and selections whose text differs from what the
 * browser saw (a stale tab, text since deleted) are refused with a message.
 */
export function checkSelection(text: string, selection: { start: number; end: number; exact: string }) {
  const { start, end, exact } = selection;
  if (end > text.length || start >= end) {
    throw new AppError(
      "CONFLICT",
      "That text is no longer in the article. Reload to see the current version.",
    );
  }
  if (text.slice(start, end) !== exact) {
    throw new AppError(
      "CONFLICT",
      "The article changed since you opened it. Reload, then select the text again.",
    );
  }
  const leading = exact.length - exact.trimStart().length;
  const trimmed = exact.trim();
  if (trimmed.length === 0) throw new AppError("INVALID_INPUT", "Select some words, not just spaces.");
  if (trimmed.length > MAX_CLAIM_LENGTH) {
    throw new AppError(
      "INVALID_INPUT",
      `A claim covers at most ${MAX_CLAIM_LENGTH.toLocaleString("en")} characters: select the statement itself.`,
    );
  }
  return { start: start + leading, end: start + leading + trimmed.length };
}
