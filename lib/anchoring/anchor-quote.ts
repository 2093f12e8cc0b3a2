import search from "approx-string-match";
import { distance } from "fastest-levenshtein";
import { prefixSimilarity, suffixSimilarity } from "./context-similarity";
import type { QuoteAnchor } from "./selectors";

/** How a claim was found in a new text: where it was, its exact quote elsewhere, or an approximate match. */
export type AnchorMethod = "POSITION" | "QUOTE" | "FUZZY";

export type AnchorResult =
  | { status: "anchored"; start: number; end: number; method: AnchorMethod; score: number }
  | { status: "orphaned"; bestScore: number };

/** Below this combined score a candidate is not trusted: the claim is orphaned instead. */
export const MIN_SCORE = 0.7;
/** Candidates whose surroundings agree less than this are lookalikes, however similar the quote. */
export const MIN_CONTEXT = 0.5;
/** An exact quote this long that occurs once is believed whatever happened around it. */
export const SELF_EVIDENT_LENGTH = 24;
/** Approximate matching allows this share of the quote to be edited. */
export const MAX_EDIT_RATIO = 0.25;
/** Shorter quotes are only matched exactly: a few letters match too much by chance. */
export const MIN_FUZZY_LENGTH = 8;
const WINDOW = 2048;

type Candidate = { start: number; end: number; errors: number; method: AnchorMethod };

/**
 * Finds a remembered quote in a (possibly revised) text: first where it was,
 * then the exact quote near where it is expected, then anywhere, then an
 * approximate match. Every candidate is scored on the quote (50%), prefix
 * (20%), suffix (20%) and closeness to the expected place (10%); a claim
 * whose best candidate is weak or out of context is orphaned, never moved
 * onto unrelated words. `expectedStart` lets a caller that knows how text
 * before the quote grew or shrank say where to look first.
 */
export function anchorQuote(text: string, anchor: QuoteAnchor, expectedStart = anchor.start): AnchorResult {
  const { exact } = anchor;
  if (exact.length === 0) return { status: "orphaned", bestScore: 0 };
  const scorer = createScorer(text, anchor, expectedStart);

  if (text.startsWith(exact, anchor.start)) {
    const atPosition = scorer({ start: anchor.start, end: anchor.end, errors: 0, method: "POSITION" });
    if (atPosition.accepted) return atPosition.result;
  }
  // Most claims in a revision are just shifted: try the expected place before searching around it.
  if (expectedStart !== anchor.start && text.startsWith(exact, expectedStart)) {
    const end = expectedStart + exact.length;
    const atExpected = scorer({ start: expectedStart, end, errors: 0, method: "QUOTE" });
    if (atExpected.accepted && atExpected.score >= 0.95) return atExpected.result;
  }
  const exactMatches = findExact(text, exact, expectedStart);
  const best = pickBest(exactMatches.map((candidate) => scorer(candidate, exactMatches.length === 1)));
  if (best?.accepted) return best.result;
  if (exact.length < MIN_FUZZY_LENGTH) return orphaned(best);
  const approximate = findApproximate(text, exact, expectedStart).flatMap((match) =>
    snapToContext(text, anchor, match),
  );
  const fuzzy = pickBest(approximate.map((candidate) => scorer(candidate, false)));
  if (fuzzy?.accepted) return fuzzy.result;
  return orphaned(pickBest([best, fuzzy].filter((scored) => scored !== undefined)));
}

type Scored = { accepted: boolean; score: number; result: AnchorResult & { status: "anchored" } };

function createScorer(text: string, anchor: QuoteAnchor, expectedStart: number) {
  const span = Math.max(WINDOW, text.length);
  return (candidate: Candidate, isUniqueExact = false): Scored => {
    const quote = Math.max(0, 1 - candidate.errors / anchor.exact.length);
    const prefix = prefixSimilarity(text, candidate.start, anchor.prefix);
    const suffix = suffixSimilarity(text, candidate.end, anchor.suffix);
    const closeness = Math.max(0, 1 - Math.abs(candidate.start - expectedStart) / span);
    const score = (50 * quote + 20 * prefix + 20 * suffix + 10 * closeness) / 100;
    const context = contextAgreement(anchor, prefix, suffix);
    const selfEvident = isUniqueExact && candidate.errors === 0 && anchor.exact.length >= SELF_EVIDENT_LENGTH;
    const accepted = selfEvident || (score >= MIN_SCORE && context >= MIN_CONTEXT);
    const { start, end, method } = candidate;
    return { accepted, score, result: { status: "anchored", start, end, method, score: round(score) } };
  };
}

/** Mean similarity of prefix and suffix, weighted by how much of each we remembered. */
function contextAgreement(anchor: QuoteAnchor, prefix: number, suffix: number): number {
  const total = anchor.prefix.length + anchor.suffix.length;
  if (total === 0) return 1; // the quote was the whole text: nothing to disagree with
  return (prefix * anchor.prefix.length + suffix * anchor.suffix.length) / total;
}

/** Every exact occurrence near the expected place; if none, every one in the text. */
function findExact(text: string, exact: string, expectedStart: number): Candidate[] {
  const near = occurrences(
    text,
    exact,
    Math.max(0, expectedStart - WINDOW),
    expectedStart + WINDOW + exact.length,
  );
  return near.length > 0 ? near : occurrences(text, exact, 0, text.length);
}

function occurrences(text: string, exact: string, from: number, to: number): Candidate[] {
  const found: Candidate[] = [];
  for (
    let at = text.indexOf(exact, from);
    at !== -1 && at + exact.length <= to;
    at = text.indexOf(exact, at + 1)
  ) {
    found.push({ start: at, end: at + exact.length, errors: 0, method: "QUOTE" });
  }
  return found;
}

/**
 * Approximate matches near the expected place only. An edited quote stays
 * where it was (text that moved far is found by the exact search), and a
 * look through the whole text would mostly find lookalikes of deleted quotes
 * while costing the most time.
 */
function findApproximate(text: string, exact: string, expectedStart: number): Candidate[] {
  const maxErrors = Math.floor(exact.length * MAX_EDIT_RATIO);
  const from = Math.max(0, expectedStart - WINDOW);
  const window = text.slice(from, expectedStart + exact.length + WINDOW);
  return search(window, exact, maxErrors).map((match) => ({
    start: match.start + from,
    end: match.end + from,
    errors: match.errors,
    method: "FUZZY" as const,
  }));
}

const SNAP_LENGTH = 8;

/**
 * An approximate match can stop short of (or run past) an edited quote's
 * real edges: an error at an edge costs the same inside the quote as
 * outside it. Where the remembered context is found next to the match (the
 * occurrence nearest to the edge), the edges move to meet it and the
 * quote's errors are counted again on the snapped range.
 */
function snapToContext(text: string, anchor: QuoteAnchor, candidate: Candidate): Candidate {
  const reach = Math.ceil(anchor.exact.length * MAX_EDIT_RATIO) + SNAP_LENGTH;
  const prefixTail = anchor.prefix.slice(-SNAP_LENGTH);
  const suffixHead = anchor.suffix.slice(0, SNAP_LENGTH);
  const prefixAt =
    prefixTail.length === SNAP_LENGTH ? closest(text, prefixTail, candidate.start - SNAP_LENGTH, reach) : -1;
  const suffixAt = suffixHead.length === SNAP_LENGTH ? closest(text, suffixHead, candidate.end, reach) : -1;
  let start = prefixAt === -1 ? candidate.start : prefixAt + SNAP_LENGTH;
  let end = suffixAt === -1 ? candidate.end : suffixAt;
  // A quote that began or ended the text is snapped to that edge.
  if (anchor.prefix === "" && candidate.start <= reach) start = 0;
  if (anchor.suffix === "" && text.length - candidate.end <= reach) end = text.length;
  if (start >= end || (start === candidate.start && end === candidate.end)) return candidate;
  return { ...candidate, start, end, errors: distance(anchor.exact, text.slice(start, end)) };
}

/** The occurrence of `needle` nearest to `around`, within `reach` of it; -1 if none. */
function closest(text: string, needle: string, around: number, reach: number): number {
  let best = -1;
  for (
    let at = text.indexOf(needle, Math.max(0, around - reach));
    at !== -1 && at <= around + reach;
    at = text.indexOf(needle, at + 1)
  ) {
    if (best === -1 || Math.abs(at - around) < Math.abs(best - around)) best = at;
  }
  return best;
}

function pickBest(scored: Scored[]): Scored | undefined {
  let best: Scored | undefined;
  for (const candidate of scored) {
    if (
      !best ||
      Number(candidate.accepted) > Number(best.accepted) ||
      (candidate.accepted === best.accepted && candidate.score > best.score)
    ) {
      best = candidate;
    }
  }
  return best;
}

function orphaned(best: Scored | undefined): AnchorResult {
  return { status: "orphaned", bestScore: round(best?.score ?? 0) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
