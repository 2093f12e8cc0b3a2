/**
 * Quantities in digits or words with their qualifier and unit in the span: "nine lives",
 * "2,400 households", "$52 million", "3.1 trillion won", "less than three months", "18 votes to 11".
 * Not ordinals ("528th Regiment"), not parts of dates (the caller passes the date spans), not numbers
 * inside names ("Regional Development 20-10 Policy"), not vague amounts ("dozens", "a few").
 */
import type { Context } from "./context";
import { MEASURES, nounAfter, sticky } from "./counted-noun";
import { digitsToNumber, fractionToNumber, NUMBER_WORDS, SCALES, wordsToNumber } from "./number-words";
import { overlapsAny } from "./text";
import type { Found, NumberValue } from "./types";

const DIGITS = String.raw`\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?`;
const WORDS = String.raw`(?:an?\s{1,3}(?=(?:dozen|hundred|thousand|million|billion|trillion)(?![\p{L}])))?(?:${NUMBER_WORDS})(?:(?:[ -]{1,2}|(?<=hundred|thousand|million|billion|trillion)\s{1,3}and\s{1,3})(?:${NUMBER_WORDS})){0,8}`;
const SCALE = String.raw`(?:\s{1,2}(?<scale>hundred|thousand|million|billion|trillion)|(?<short>bn|mn|m|k))(?![\p{L}\p{N}])`;
const PERCENT = String.raw`(?<percent>\s?%|\s{1,2}(?:percent|per cent|percentage points?)(?![\p{L}]))`;
const ONE = String.raw`(?:(?<currency>US\$|[$€£¥₩])\s?)?(?:(?<digits>${DIGITS})|(?<words>${WORDS}))(?![\p{L}\p{N}]|[.,:]\d)(?:${SCALE})?(?:${PERCENT})?`;
const FRACTION = String.raw`(?<fraction>(?:an?|one|two|three|four)[ -](?:half|halves|thirds?|quarters?|fifths?|tenths?))(?=\s{1,2}of\b|[\s]*[.,;:!?)”"]|$)`;

const TIMES = String.raw`(?<times>once|twice|thrice)(?![\p{L}])`;
// "less than an hour", "roughly half of": counts only after a qualifier (the caller checks).
const ONE_UNIT = String.raw`(?<oneunit>an?\s(?:hour|day|week|month|year|decade|minute|mile|kilometer|kilometre|meter|metre)|half(?=\s{1,2}of\b))(?![\p{L}])`;
/** One quantity, anywhere that is not inside a word or another number. */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_$€£¥₩.,:/-])(?:${TIMES}|${ONE_UNIT}|${FRACTION}|${ONE})`,
  "giu",
);
/** The same, anchored where we ask (the second number of a range, score or ratio). */
const NUMBER_AT = new RegExp(ONE, "iuy");

const QUALIFIER =
  /(?:^|[^\p{L}])((?:no |just )?(?:less|more|fewer) than|at (?:least|most)|up to|about|around|nearly|almost|approximately|roughly|some|over|under|as (?:many|much|few|little) as|an estimated|close to|just (?:over|under)|between|only|exactly|an average of|a total of|a record)\s{1,2}$/iu;
const RANGE_JOIN = /(?:[-–]|\s{1,2}(?:to|and|or)\s{1,2}|\s{0,2}[-–]\s{0,2})/y;
const RATIO = /\s{1,2}(?:in|out of)\s{1,2}/y;
const DURATION_TAIL =
  /\s{1,2}(?:and\s{1,2})?(\d{1,3})\s{1,2}(seconds?|minutes?|hours?|days?|months?)(?![\p{L}])/uy;

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: "USD",
  US$: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₩": "KRW",
};

/** Finds quantities in `ctx.text` outside `dates` (sorted, non-overlapping spans). */
export function findNumbers(
  ctx: Context,
  dates: readonly { start: number; end: number }[],
): Found<NumberValue>[] {
  const { text } = ctx;
  const found: Found<NumberValue>[] = [];
  NUMBER.lastIndex = ctx.from;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    const groups = match.groups ?? {};
    const value = groups.oneunit
      ? /^half/i.test(groups.oneunit)
        ? 0.5
        : 1
      : groups.times
        ? TIMES_VALUES[groups.times.toLowerCase()]
        : groups.fraction
          ? fractionToNumber(groups.fraction)
          : quantityOf(groups);
    if (value === null || value === undefined || overlapsAny(dates, start, end)) continue;
    if (isInsideName(text, start, end, ctx) || isVagueOne(text, start, end, groups)) continue;
    const normalized: NumberValue = { value };
    const qualifier = QUALIFIER.exec(text.slice(Math.max(ctx.from, start - 24), start))?.[1];
    if (groups.oneunit) {
      if (!qualifier) continue;
      normalized.qualifier = qualifier.toLowerCase().replace(/\s+/g, " ");
      const unit = /^half/i.test(groups.oneunit) ? undefined : groups.oneunit.split(/\s/)[1]?.toLowerCase();
      found.push({
        kind: "number",
        start: qualifierStart(text, start, qualifier),
        end,
        normalized: unit ? { ...normalized, unit } : normalized,
      });
      continue;
    }
    if (groups.times) {
      // "once" is mostly a conjunction ("once we reach"): a count only after a qualifier ("at least once").
      if (groups.times.toLowerCase() === "once" && !qualifier) continue;
      if (qualifier) normalized.qualifier = qualifier.toLowerCase().replace(/\s+/g, " ");
      found.push({
        kind: "number",
        start: qualifierStart(text, start, qualifier),
        end,
        normalized: { ...normalized, unit: "times" },
      });
      continue;
    }
    if (qualifier) normalized.qualifier = qualifier.toLowerCase().replace(/\s+/g, " ");
    const spanStart = qualifierStart(text, start, qualifier);
    let unit = unitOf(groups);
    // "20-30 people", "between 3 and 5 percent", "3-2"
    const second = !groups.fraction ? numberAfter(text, end, RANGE_JOIN, qualifier === "between") : null;
    if (second && overlapsAny(dates, second.start, second.end)) continue;
    if (second) {
      if (second.value > value) normalized.max = second.value;
      else normalized.against = second.value;
      unit ??= second.unit;
      end = second.end;
    }
    const ratio = !second && !groups.fraction ? numberAfter(text, end, RATIO, false) : null;
    if (ratio && !ratio.unit) {
      normalized.outOf = ratio.value;
      end = ratio.end;
    }
    if (!unit && !groups.fraction) {
      const noun = nounAfter(text, end, value);
      if (noun) {
        unit = noun.unit;
        end = noun.end;
        const duration = unit && MEASURES.has(unit) ? sticky(DURATION_TAIL, text, end) : null;
        if (duration) end += duration[0].length;
        const against = !second && noun.counted ? numberAfter(text, end, /\s{1,2}to\s{1,2}/y, false) : null;
        if (against && !against.unit && !nounAfter(text, against.end, against.value)) {
          normalized.against = against.value;
          end = against.end;
        }
      } else if (isBareOne(groups) && !COUNTED_ONE.test(text.slice(Math.max(0, start - 6), end + 12))) {
        continue;
      }
    }
    if (unit) normalized.unit = unit;
    found.push({ kind: "number", start: spanStart, end, normalized });
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);
  }
  return found;
}

function qualifierStart(text: string, start: number, qualifier: string | undefined): number {
  if (!qualifier) return start;
  let at = start;
  while (at > 0 && /\s/.test(text[at - 1] ?? "")) at--;
  return at - qualifier.length;
}

function quantityOf(groups: Record<string, string | undefined>): number | null {
  const base = groups.digits ? digitsToNumber(groups.digits) : wordsToNumber(groups.words ?? "");
  if (base === null || !Number.isFinite(base)) return null;
  const scale = (groups.scale ?? groups.short)?.toLowerCase();
  return scale ? base * (SCALES[scale] ?? 1) : base;
}

function unitOf(groups: Record<string, string | undefined>): string | undefined {
  if (groups.currency) return CURRENCY_SYMBOLS[groups.currency.toUpperCase()] ?? groups.currency;
  if (groups.percent) return groups.percent.includes("point") ? "percentage points" : "percent";
  return undefined;
}

/** A second quantity right after `at` joined by `join` ("-3", " to 11", " and 5"). */
function numberAfter(text: string, at: number, join: RegExp, allowAnd: boolean) {
  const joiner = sticky(join, text, at);
  if (!joiner || (!allowAnd && /\band\b|\bor\b/.test(joiner[0]))) return null;
  const match = sticky(NUMBER_AT, text, at + joiner[0].length);
  if (!match?.groups) return null;
  const value = quantityOf(match.groups);
  if (value === null || /[\p{L}\p{N}]/u.test(text[match.index + match[0].length] ?? "")) return null;
  return { value, unit: unitOf(match.groups), start: match.index, end: match.index + match[0].length };
}

const TIMES_VALUES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
/** "… and one was absent": a bare "one" counting people the sentence named before it. */
const COUNTED_ONE = /(?:and|but|while|,)\s{1,2}one\s{1,2}(?:was|is|were|has|had|did|will|would)(?![\p{L}])/iu;

/** "one" alone needs a counted noun to be a quantity ("every one of", "a secure one"). */
function isBareOne(groups: Record<string, string | undefined>): boolean {
  return groups.words?.toLowerCase() === "one";
}

function isVagueOne(text: string, start: number, _end: number, groups: Record<string, string | undefined>) {
  if (groups.words?.toLowerCase() !== "one") return false;
  return /(?:^|[^\p{L}])(?:no|any|every|each|some|the|this|that|which|another|anyone|someone)\s{1,2}$/iu.test(
    text.slice(Math.max(0, start - 12), start),
  );
}

/** A number between two capitalized words is part of a name ("Regional Development 20-10 Policy"). */
function isInsideName(text: string, start: number, end: number, ctx: Context): boolean {
  const before = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]{1,30}) $/u.exec(text.slice(Math.max(0, start - 32), start));
  if (!before?.[1] || MONTHS.test(before[1])) return false;
  const wordStart = start - before[1].length - 1;
  if (ctx.sentences.around(wordStart).start === wordStart) return false;
  if (/^No$/i.test(before[1])) return true;
  return /^(?:-\d{1,4})?(?: \p{Lu}|[.,;:!?)]|$)/u.test(text.slice(end, end + 8));
}

const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
