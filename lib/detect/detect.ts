/**
 * The claim detector: finds what an editor should check in an article's plain text (figures, casualty
 * figures, dates, quotes, attributions, names) with UTF-16 offsets into that text.
 *
 * Relative dates ("Friday", "last week", "the previous day") resolve against `publishedAt` (its UTC
 * day); without it they normalize to null, as do dates written without a year, because guessing the
 * reference from the clock would make the same text give different answers on different days. Dates
 * with a year, and dates counted from one ("two days later" after "14 Dec. 2025"), still resolve.
 *
 * Detections of one kind never overlap one another (the longer one wins); detections of different
 * kinds do nest on purpose: a number inside a casualty figure inside a quote. Every pattern has
 * bounded repetition and every pass is linear, so 5 MB of any text finishes in seconds.
 */
import { findAttributions } from "./attributions";
import { findCasualties } from "./casualties";
import { createContext } from "./context";
import { findDates } from "./dates";
import { findEntities } from "./entities";
import { createNameBook } from "./name-book";
import { findNumbers } from "./numbers";
import { findQuotes } from "./quotes";
import { scoreFound } from "./score";
import { assignSpeakers } from "./speakers";
import type { Detection, DetectionKind, DetectOptions, Found } from "./types";

export type { Detection, DetectionKind, DetectOptions } from "./types";

const KIND_ORDER: DetectionKind[] = ["casualty", "number", "date", "quote", "attribution", "entity"];

/** Finds check-worthy statements in `text`; `text === input.slice(start, end)` for every detection. */
export function detectClaims(text: string, options: DetectOptions = {}): Detection[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const ctx = createContext(text, options);
  const { dates, taken } = findDates(ctx);
  const numbers = findNumbers(ctx, taken);
  const casualties = findCasualties(ctx, numbers);
  const quotes = findQuotes(ctx);
  const entities = findEntities(ctx);
  const book = createNameBook(entities);
  const attributions = findAttributions(ctx, book, quotes);
  attributions.sort((a, b) => a.start - b.start);
  assignSpeakers(ctx, quotes, attributions, book);

  const sourceOf = sourceFinder(ctx, attributions);
  const all: Found[] = [
    ...withoutOverlaps(casualties),
    ...withoutOverlaps(numbers),
    ...withoutOverlaps(dates),
    ...withoutOverlaps(quotes),
    ...withoutOverlaps(attributions),
    ...withoutOverlaps(
      entities.map(({ kind, start, end, normalized }) => ({ kind, start, end, normalized })),
    ),
  ];
  return all
    .filter((found) => isSound(text, found, ctx.from))
    .sort(
      (a, b) => a.start - b.start || b.end - a.end || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    )
    .map((found) => {
      const { score, reason } = scoreFound(found, sourceOf);
      return {
        kind: found.kind,
        start: found.start,
        end: found.end,
        text: text.slice(found.start, found.end),
        normalized: found.normalized,
        score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100,
        reason,
      };
    });
}

/** Sorted by start; of two overlapping detections the longer stays. */
function withoutOverlaps<T extends Found>(found: T[]): T[] {
  const kept: T[] = [];
  for (const item of [...found].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1);
    if (!last || item.start >= last.end) kept.push(item);
    else if (item.end - item.start > last.end - last.start) kept[kept.length - 1] = item;
  }
  return kept;
}

/** Inside the article, not empty, and not cutting a surrogate pair (an emoji) in half. */
function isSound(text: string, found: Found, from: number): boolean {
  if (!(found.start >= from && found.start < found.end && found.end <= text.length)) return false;
  const isLow = (index: number) => {
    const code = text.charCodeAt(index);
    return code >= 0xdc00 && code <= 0xdfff;
  };
  return !isLow(found.start) && !(found.end < text.length && isLow(found.end));
}

/** The source of the nearest attribution in the same sentence as a detection. */
function sourceFinder(ctx: ReturnType<typeof createContext>, attributions: Found<{ source: string }>[]) {
  const sorted = [...attributions].sort((a, b) => a.start - b.start);
  return (found: Found): string | undefined => {
    if (found.kind === "attribution" || found.kind === "entity") return undefined;
    const sentence = ctx.sentences.indexOf(found.start);
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle]?.start ?? 0) < found.start) low = middle + 1;
      else high = middle;
    }
    const candidates = [sorted[low - 1], sorted[low]].filter(
      (attribution): attribution is Found<{ source: string }> =>
        attribution !== undefined && ctx.sentences.indexOf(attribution.start) === sentence,
    );
    const distance = (other: Found) => Math.abs(other.start - found.start);
    return candidates.sort((a, b) => distance(a) - distance(b))[0]?.normalized.source;
  };
}
