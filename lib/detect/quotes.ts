/**
 * Direct quotations with their marks: curly “…”, straight "…" and guillemets «…», across sentence
 * boundaries but not across paragraphs, except the newsroom convention where a quote running on into
 * the next paragraph leaves its closing mark off and the next paragraph opens with a new one. An
 * opening mark that never closes is dropped rather than guessed at. Single quotes are left alone:
 * ’ is far more often an apostrophe. The speaker is filled in later, from the attributions.
 */
import type { Context } from "./context";
import { isCommonWord } from "./entity-rules";
import type { Found } from "./types";

const MARKS = /[“”"«»\n]/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

export type QuoteValue = { speaker?: string };

export function findQuotes(ctx: Context): Found<QuoteValue>[] {
  const { text } = ctx;
  const found: Found<QuoteValue>[] = [];
  type Open = { at: number; style: "curly" | "straight" | "guillemet" };
  let open = null as Open | null;
  const emit = (start: number, end: number) => {
    const inside = text.slice(start + 1, end);
    if (HAS_WORD.test(inside) && !isQuotedName(inside))
      found.push({ kind: "quote", start, end, normalized: {} });
  };
  MARKS.lastIndex = ctx.from;
  for (let match = MARKS.exec(text); match; match = MARKS.exec(text)) {
    const at = match.index;
    const mark = match[0];
    if (mark === "\n") {
      if (open?.style === "curly" && continuesQuote(text, at)) emit(open.at, trimEnd(text, open.at, at));
      open = null;
    } else if (mark === "“" || mark === "«") {
      open = { at, style: mark === "“" ? "curly" : "guillemet" };
    } else if (mark === "”" || mark === "»") {
      const style = mark === "”" ? "curly" : "guillemet";
      if (open?.style === style) {
        emit(open.at, at + 1);
        open = null;
      }
    } else if (
      open?.style === "straight" &&
      !(isSpace(text[at - 1]) && !isSpace(text[at + 1]) && at + 1 < text.length)
    ) {
      emit(open.at, at + 1);
      open = null;
    } else if (
      !isSpace(text[at + 1]) &&
      at + 1 < text.length &&
      (open === null || open.style === "straight")
    ) {
      // A straight mark opens when a word follows it; one that follows a word closes (handled above).
      open = { at, style: "straight" };
    }
  }
  return found;
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}’'-]*|\d{1,4}(?:st|nd|rd|th)?|of|for|the|and|de)$/u;

/**
 * A name in quotation marks (“528th Regiment of Engineers,” “Storm Corps”) is not a quotation: a few
 * capitalized words, no sentence punctuation, and at least one word that is not an ordinary word
 * (so a one-word reply like “Never,” stays a quote).
 */
function isQuotedName(inside: string): boolean {
  const words = inside
    .replace(/[,”"»]+$/u, "")
    .trim()
    .split(/\s+/);
  if (words.length > 6 || /[.!?;:]/.test(inside)) return false;
  return (
    words.every((word) => NAME_WORD.test(word)) &&
    words.some((word) => /^\p{Lu}/u.test(word) && !isCommonWord(word))
  );
}

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/** The next paragraph opens with a quotation mark: this one runs on (and so has no closing mark). */
function continuesQuote(text: string, newline: number): boolean {
  let next = newline + 1;
  const limit = Math.min(text.length, next + 100);
  while (next < limit && (text[next] === " " || text[next] === "\t" || text[next] === "\n")) next++;
  return text[next] === "“";
}

function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start + 1 && /\s/.test(text[at - 1] ?? "")) at--;
  return at;
}
