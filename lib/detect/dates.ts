/**
 * Dates resolved against the publication day, per lib/detect/eval-set/README.md: a month → its first
 * and last day, "early/mid/late <month>" → 1–10, 11–20, 21–last, "last week" → Monday–Sunday before the
 * published week, a weekday in a report → the latest such day before publication (the next one when
 * the sentence speaks of the future). A year-less date takes the nearest past year unless the next one
 * is much closer. "The previous day" and "two days later" count from the nearest day in the same
 * sentence, else the last one before it. Without a reference date, whatever needs one is null.
 */
import {
  addMonths,
  dayOf,
  isoValue,
  lastDayOfMonth,
  monthRange,
  partsOf,
  weekRange,
  yearRange,
} from "./calendar";
import type { Context } from "./context";
import { type DateCandidate, type DateRule, type DayParts, findDateCandidates } from "./date-patterns";
import type { DateValue, Found } from "./types";

type Resolved = number | { start: number; end: number } | null;

const FUTURE =
  /(?:^|[^\p{L}])(?:will|’ll|'ll|shall|upcoming|ahead of|due to|set to|scheduled|expected to|plans? to|planned for|to be held|(?:runs?|lasts?|continues?) (?:until|through)|expects?|forecasts?|predicts?)(?:[^\p{L}]|$)/iu;

/** Dates with their resolved values, and every span that looked like a date (for the number finder). */
export function findDates(ctx: Context): {
  dates: Found<DateValue>[];
  taken: { start: number; end: number }[];
} {
  const { dates: candidates, names } = findDateCandidates(ctx);
  const values: Resolved[] = candidates.map((candidate) =>
    candidate.rule.type === "anchored" ? null : resolve(candidate, ctx),
  );
  // Relative-to-a-date expressions last, in text order, so that a chain builds on what came before.
  candidates.forEach((candidate, index) => {
    if (candidate.rule.type === "anchored")
      values[index] = resolveAnchored(candidate.rule, index, candidates, values, ctx);
  });
  const dates: Found<DateValue>[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as DateCandidate;
    const value = values[index] ?? null;
    const range = periodRange(ctx.text, candidate, candidates[index + 1], value, values[index + 1] ?? null);
    if (range) {
      dates.push({
        kind: "date",
        start: range.start,
        end: range.end,
        normalized: range.value && isoValue(range.value),
      });
      index++;
      continue;
    }
    dates.push({
      kind: "date",
      start: candidate.start,
      end: candidate.end,
      normalized: value === null ? null : isoValue(value),
    });
  }
  const taken = [...candidates, ...names].sort((a, b) => a.start - b.start);
  return { dates, taken: mergeSpans(taken) };
}

function resolve(candidate: DateCandidate, ctx: Context): Resolved {
  const { rule } = candidate;
  const ref = ctx.reference;
  if (rule.type === "year") return yearRange(rule.year);
  if (rule.type === "part")
    return { start: dayOf(rule.year, rule.from, 1), end: lastDayOfMonth(rule.year, rule.to) };
  if (rule.type === "day") return resolveDay(rule.day, rule.to, ref, () => isFuture(ctx, candidate.start));
  if (ref === null)
    return rule.type === "month" && rule.year !== null ? monthRange(rule.year, rule.month, rule.part) : null;
  const today = partsOf(ref);
  switch (rule.type) {
    case "month": {
      if (rule.year !== null) return monthRange(rule.year, rule.month, rule.part);
      let year: number;
      if (rule.which === "last") year = rule.month < today.month ? today.year : today.year - 1;
      else if (rule.which === "next") year = rule.month > today.month ? today.year : today.year + 1;
      else if (rule.which === "this") year = today.year;
      else year = chooseYear(ref, rule.month, null, isFuture(ctx, candidate.start));
      return monthRange(year, rule.month, rule.part);
    }
    case "weekday": {
      const future = rule.which === "next" || (rule.which !== "last" && isFuture(ctx, candidate.start));
      const shift = future
        ? (rule.weekday - today.weekday + 7) % 7 || 7
        : -((today.weekday - rule.weekday + 7) % 7 || 7);
      return ref + shift;
    }
    case "deictic":
      return resolveDeictic(rule, ref);
    case "ago":
      return shiftBy(ref, rule.unit, -rule.amount);
    default:
      return null;
  }
}

function resolveDay(
  day: DayParts,
  to: DayParts | undefined,
  ref: number | null,
  future: () => boolean,
): Resolved {
  const year = day.year ?? (ref === null ? null : chooseYear(ref, day.month, day.date, future()));
  if (year === null) return null;
  const start = dayOf(year, day.month, day.date);
  if (!to) return start;
  const endYear = to.year ?? (to.month < day.month ? year + 1 : year);
  const end = dayOf(endYear, to.month, to.date);
  return end > start ? { start, end } : start;
}

function resolveDeictic(rule: Extract<DateRule, { type: "deictic" }>, ref: number): Resolved {
  let period: { start: number; end: number };
  if (rule.unit === "day") return ref + rule.offset;
  if (rule.unit === "week") period = weekRange(ref + 7 * rule.offset);
  else if (rule.unit === "weekend") {
    const week = weekRange(ref + 7 * rule.offset);
    period = { start: week.end - 1, end: week.end }; // Saturday and Sunday
  } else if (rule.unit === "month") {
    const { year, month } = partsOf(addMonths(ref, rule.offset));
    period = monthRange(year, month);
  } else {
    period = yearRange(partsOf(ref).year + rule.offset);
  }
  // "Earlier this year" ends the day before publication; "later this week" starts the day after.
  if (rule.part === "earlier") return { start: period.start, end: Math.max(period.start, ref - 1) };
  if (rule.part === "later") return { start: Math.min(period.end, ref + 1), end: period.end };
  return period;
}

function shiftBy(day: number, unit: "day" | "week" | "month" | "year", amount: number): number {
  if (unit === "day") return day + amount;
  if (unit === "week") return day + 7 * amount;
  return addMonths(day, unit === "month" ? amount : 12 * amount);
}

/**
 * The year of a month or day named without one: the latest that is not after the reference, unless
 * the sentence speaks of the future or, for a day, the next one is far closer ("on Jan. 1" in December).
 */
function chooseYear(ref: number, month: number, date: number | null, future: boolean): number {
  const thisYear = partsOf(ref).year;
  const years = [thisYear - 1, thisYear, thisYear + 1];
  const startOf = (year: number) => dayOf(year, month, date ?? 1);
  const endOf = (year: number) => (date === null ? lastDayOfMonth(year, month) : startOf(year));
  if (future) return years.find((year) => endOf(year) >= ref) ?? thisYear;
  const past = [...years].reverse().find((year) => startOf(year) <= ref) ?? thisYear - 1;
  const next = years.find((year) => startOf(year) > ref);
  // Only a day can be "much closer" ahead: a month is named in past reports as often as in plans.
  if (date !== null && next !== undefined && (startOf(next) - ref) * 4 < ref - startOf(past)) return next;
  return past;
}

/** A future cue in the date's own clause: "which runs until Friday, opened on Wednesday" has one for Friday only. */
function isFuture(ctx: Context, start: number): boolean {
  const sentence = ctx.sentences.around(start);
  const window = ctx.text.slice(Math.max(sentence.start, start - 120), start);
  const clauseStart = Math.max(window.lastIndexOf(","), window.lastIndexOf(";"), window.lastIndexOf("—"));
  return FUTURE.test(window.slice(clauseStart + 1));
}

/** "the previous day", "two days later", "the following year": counted from a date the text gives. */
function resolveAnchored(
  rule: Extract<DateRule, { type: "anchored" }>,
  index: number,
  candidates: DateCandidate[],
  values: Resolved[],
  ctx: Context,
): Resolved {
  const candidate = candidates[index] as DateCandidate;
  const fits = (value: Resolved) => value !== null && (rule.unit === "year" || typeof value === "number");
  const sentence = ctx.sentences.indexOf(candidate.start);
  let anchor: Resolved = null;
  let distance = Number.POSITIVE_INFINITY;
  // Each search looks at most 50 dates away, which keeps a text of nothing but dates linear.
  for (let other = index - 1; other >= Math.max(0, index - 50); other--) {
    const before = candidates[other] as DateCandidate;
    if (ctx.sentences.indexOf(before.start) !== sentence) break;
    if (fits(values[other] ?? null)) {
      anchor = values[other] ?? null;
      distance = candidate.start - before.end;
      break;
    }
  }
  for (let other = index + 1; other < Math.min(candidates.length, index + 50); other++) {
    const after = candidates[other] as DateCandidate;
    if (ctx.sentences.indexOf(after.start) !== sentence || after.start - candidate.end >= distance) break;
    if (fits(values[other] ?? null)) {
      anchor = values[other] ?? null;
      break;
    }
  }
  for (let other = index - 1; anchor === null && other >= Math.max(0, index - 50); other--) {
    if (fits(values[other] ?? null)) anchor = values[other] ?? null;
  }
  const from = anchor === null ? ctx.reference : typeof anchor === "number" ? anchor : anchor.start;
  if (from === null) return null;
  if (rule.unit === "year") return yearRange(partsOf(from).year + rule.offset);
  if (rule.unit === "month") {
    const { year, month } = partsOf(addMonths(from, rule.offset));
    return monthRange(year, month);
  }
  if (rule.unit === "week" && Math.abs(rule.offset) <= 1 && rule.offset !== 0)
    return weekRange(from + 7 * rule.offset);
  return shiftBy(from, rule.unit, rule.offset);
}

const RANGE_START = /(?:^|[^\p{L}])(from|between)\s{1,2}$/iu;
const RANGE_JOIN = /^\s{0,2}(?:to|until|till|through|and|-|–)\s{0,2}$/u;

/** "from January to October": one period from the first month's start to the second's end. */
function periodRange(
  text: string,
  first: DateCandidate,
  second: DateCandidate | undefined,
  firstValue: Resolved,
  secondValue: Resolved,
): { start: number; end: number; value: { start: number; end: number } | null } | null {
  if (!second || first.rule.type !== "month" || second.rule.type !== "month") return null;
  if (!RANGE_JOIN.test(text.slice(first.end, second.start))) return null;
  const opener = RANGE_START.exec(text.slice(Math.max(0, first.start - 10), first.start));
  if (!opener?.[1]) return null;
  const start = text.lastIndexOf(opener[1], first.start - 1);
  if (typeof firstValue !== "object" || typeof secondValue !== "object" || !firstValue || !secondValue) {
    return { start, end: second.end, value: null };
  }
  let end = secondValue.end;
  if (end < firstValue.start) {
    // "from October to March" runs into the next year.
    const { year, month } = partsOf(secondValue.start);
    end = lastDayOfMonth(year + 1, month);
  }
  return { start, end: second.end, value: { start: firstValue.start, end } };
}

function mergeSpans(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
