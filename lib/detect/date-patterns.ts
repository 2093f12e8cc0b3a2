/**
 * Where dates are in the text. Calendar dates with a day ("May 28", "14 Dec. 2025") are chrono-node's
 * job; weekdays, periods ("early August", "last week"), years and dates relative to another date
 * ("the previous day", "two days later") are ours, because chrono resolves them differently from the
 * newsroom rules in lib/detect/eval-set/README.md (and its casual parsers cost more than the whole
 * detector's budget).
 */
import * as chrono from "chrono-node";
import type { Context } from "./context";
import { wordsToNumber } from "./number-words";
import { overlapsAny } from "./text";

export type DayParts = { year: number | null; month: number; date: number };

export type DateRule =
  | { type: "day"; day: DayParts; to?: DayParts }
  | { type: "month"; month: number; year: number | null; part: "early" | "mid" | "late" | null; which: Which }
  | { type: "year"; year: number }
  | { type: "part"; year: number; from: number; to: number }
  | { type: "weekday"; weekday: number; which: Which }
  | {
      type: "deictic";
      unit: "day" | "week" | "weekend" | "month" | "year";
      offset: number;
      part?: "earlier" | "later";
    }
  | { type: "ago"; unit: Unit; amount: number }
  | { type: "anchored"; unit: Unit; offset: number };

type Which = "last" | "this" | "next" | null;
type Unit = "day" | "week" | "month" | "year";
export type DateCandidate = { start: number; end: number; rule: DateRule };

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTH = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.`;
const COUNT = String.raw`\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty`;
const YEAR = String.raw`(?:1[89]|20)\d\d`;
/** The first letter in either case: sentence starts capitalize "Yesterday", "Last year". */
const cap = (words: string) =>
  words.replace(
    /(^|\|)([a-z])/g,
    (_all, bar: string, letter: string) => `${bar}[${letter.toUpperCase()}${letter}]`,
  );

const OWN = new RegExp(
  [
    String.raw`(?<weekday>(?:(?<wdmod>${cap("last|this|next|late|early|previous")})\s{1,2})?(?<wdname>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s{1,2}(?:morning|afternoon|evening|night))?)`,
    String.raw`(?<half>${cap("the")}\s{1,2}(?<hwhich>first|second)\s{1,2}(?<hpart>half|quarter)\s{1,2}of\s{1,2}(?<hyear>${YEAR}))`,
    String.raw`(?<deictic>${cap("yesterday|today|tonight|tomorrow")}|(?<=(?:over|during|at|on)\s)the\s{1,2}weekend|(?<dpart>${cap("earlier|later")})\s{1,2}this\s{1,2}(?<dpunit>week|month|year)|(?<!the\s)(?<dwhich>${cap("last|this|next")})\s{1,2}(?<dunit>weekend|week|month|year))`,
    String.raw`(?<anchored>${cap("the")}\s{1,2}(?<awhich>previous|following|next|same)\s{1,2}(?<aunit>day|week|month|year)|${cap("the")}\s{1,2}day\s{1,2}(?<aside>before|after)|${cap("that")}\s{1,2}day)`,
    String.raw`(?<ago>(?<agon>${cap(COUNT)})\s{1,2}(?<agounit>day|week|month|year)s?\s{1,2}(?<agodir>ago|later|earlier))`,
    String.raw`(?<period>(?:(?<pmod>${cap("early|mid|late|last|this|next")})(?:-|\s{1,2}))?(?<pmonth>${MONTH})(?:,?\s{1,2}(?<pyear>${YEAR})(?!\d))?)`,
    String.raw`(?<year>(?<![\p{L}\p{N}$€£¥₩.,:/-])(?<yvalue>${YEAR})(?![\p{N}]|[.,]\d|-\d|\s?%))`,
  ]
    .join("|")
    .replace(/^/, "(?<![\\p{L}\\p{N}])(?:")
    .concat(")(?![\\p{L}\\p{N}])"),
  "gu",
);

const AMBIGUOUS_MONTHS = new Set([3, 5, 6]); // March, May, June are also words and names
const MONTH_CONTEXT =
  /(?:^|[^\p{L}])(?:in|since|until|till|by|from|to|through|of|before|after|during|between|and|or|early|late|mid|last|this|next)[\s-]{1,2}$/iu;
const COUNT_AFTER_YEAR =
  /^\s{1,2}(?:[\p{Ll}-]{2,30}\s{1,2}){0,2}?(?:percent|million|billion|thousand|[\p{Ll}]{2,30}[^s’'\s]s)(?![\p{L}])/u;

let absoluteParser: chrono.Chrono | null = null;

/**
 * chrono's strict parsers that read calendar dates with a day ("Dec. 14", "14 Dec. 2025", "2025-12-14"),
 * picked by what each one parses rather than by class name, which a bundler may rename.
 */
function absoluteDates(): chrono.Chrono {
  if (absoluteParser) return absoluteParser;
  const reference = new Date(Date.UTC(2025, 11, 14));
  const reads = (parser: chrono.Parser, text: string) =>
    new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(text, reference).length > 0;
  const parsers = chrono.strict.parsers.filter(
    (parser) =>
      (reads(parser, "Dec. 14") || reads(parser, "14 Dec. 2025") || reads(parser, "2025-12-14")) &&
      !reads(parser, "Friday") &&
      !reads(parser, "3 p.m.") &&
      !reads(parser, "12/14/2025"),
  );
  absoluteParser = new chrono.Chrono({ parsers, refiners: chrono.strict.refiners });
  return absoluteParser;
}

/** Every date expression in the text, overlapping ones resolved in favour of the longer. */
export function findDateCandidates(ctx: Context): {
  dates: DateCandidate[];
  names: { start: number; end: number }[];
} {
  const { text } = ctx;
  const candidates: DateCandidate[] = [];
  const names: { start: number; end: number }[] = [];
  const body = text.slice(ctx.from);
  for (const result of absoluteDates().parse(body, new Date(Date.UTC(2000, 0, 1)))) {
    // chrono keeps a leading "on" ("on 14 Dec. 2025"); the date is what follows it.
    const leading = /^(?:on|On)\s{1,2}/.exec(result.text)?.[0].length ?? 0;
    const start = ctx.from + result.index + leading;
    const end = ctx.from + result.index + result.text.length;
    if (isPartOfName(text, start, end)) {
      names.push({ start, end });
      continue;
    }
    const day = partsOf(result.start);
    if (!day) continue;
    const to = result.end ? partsOf(result.end) : null;
    candidates.push({ start, end, rule: to ? { type: "day", day, to } : { type: "day", day } });
  }
  OWN.lastIndex = ctx.from;
  for (let match = OWN.exec(text); match; match = OWN.exec(text)) {
    const rule = ruleOf(match.groups ?? {}, text, match.index, match.index + match[0].length);
    if (rule) candidates.push({ start: match.index, end: match.index + match[0].length, rule });
  }
  const dates = dropOverlaps(candidates, names);
  attachTimes(ctx, dates, names);
  return { dates, names: names.sort((a, b) => a.start - b.start) };
}

const TIME =
  /(?<![\p{L}\p{N}:.])(?:\d{1,2}(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])|(?:[01]?\d|2[0-3]):[0-5]\d(?![\p{N}])|noon|midnight)/gu;
const DAY_RULES = new Set(["day", "weekday", "deictic"]);

/**
 * A time joins the day it is on ("10:15 p.m. on Saturday", "Friday at noon"); a time alone is not
 * reported, but no number is taken from it either.
 */
function attachTimes(ctx: Context, dates: DateCandidate[], names: { start: number; end: number }[]): void {
  let next = 0;
  TIME.lastIndex = ctx.from;
  for (let match = TIME.exec(ctx.text); match; match = TIME.exec(ctx.text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < dates.length && (dates[next]?.start ?? 0) < end) next++;
    const after = dates[next];
    const before = dates[next - 1];
    if (
      after &&
      DAY_RULES.has(after.rule.type) &&
      /^\s{1,2}(?:on\s{1,2})?$/.test(ctx.text.slice(end, after.start))
    ) {
      after.start = start;
    } else if (
      before &&
      before.end <= start &&
      DAY_RULES.has(before.rule.type) &&
      /^,?\s{1,2}(?:at\s{1,2})?$/.test(ctx.text.slice(before.end, start))
    ) {
      before.end = end;
    } else {
      names.push({ start, end });
    }
  }
}

function partsOf(components: chrono.ParsedComponents): DayParts | null {
  const month = components.get("month");
  const date = components.get("day");
  if (!month || !date) return null;
  return { year: components.isCertain("year") ? (components.get("year") ?? null) : null, month, date };
}

/** "the April 25 House of Culture": a date inside a name is not a date. */
function isPartOfName(text: string, start: number, end: number): boolean {
  return (
    /(?:^|[^\p{L}])the\s$/iu.test(text.slice(Math.max(0, start - 5), start)) &&
    /^\s\p{Lu}/u.test(text.slice(end, end + 2))
  );
}

function ruleOf(
  groups: Record<string, string | undefined>,
  text: string,
  start: number,
  end: number,
): DateRule | null {
  const lower = (value: string | undefined) => value?.toLowerCase() ?? "";
  if (groups.weekday) {
    const mod = lower(groups.wdmod);
    const which =
      mod === "last" || mod === "previous"
        ? "last"
        : mod === "next"
          ? "next"
          : mod === "this"
            ? "this"
            : null;
    return { type: "weekday", weekday: WEEKDAYS.indexOf(lower(groups.wdname)), which };
  }
  if (groups.half) {
    // "the first half of 2027" → January–June; "the second quarter of 2026" → April–June.
    const size = lower(groups.hpart) === "half" ? 6 : 3;
    const from = (lower(groups.hwhich) === "first" ? 0 : size) + 1;
    return { type: "part", year: Number(groups.hyear), from, to: from + size - 1 };
  }
  if (groups.deictic) {
    const word = lower(groups.deictic);
    if (/weekend$/.test(word)) return { type: "deictic", unit: "weekend", offset: -1 }; // "over the weekend" just past
    if (word === "yesterday") return { type: "deictic", unit: "day", offset: -1 };
    if (word === "today" || word === "tonight") return { type: "deictic", unit: "day", offset: 0 };
    if (word === "tomorrow") return { type: "deictic", unit: "day", offset: 1 };
    if (groups.dpart) {
      const part = lower(groups.dpart) as "earlier" | "later";
      return { type: "deictic", unit: lower(groups.dpunit) as Unit, offset: 0, part };
    }
    const offset = { last: -1, this: 0, next: 1 }[lower(groups.dwhich) as "last"] ?? 0;
    return { type: "deictic", unit: lower(groups.dunit) as "week", offset };
  }
  if (groups.anchored) {
    const which = lower(groups.awhich);
    const unit = (lower(groups.aunit) || "day") as Unit;
    if (groups.aside)
      return { type: "anchored", unit: "day", offset: lower(groups.aside) === "before" ? -1 : 1 };
    if (which === "previous") return { type: "anchored", unit, offset: -1 };
    if (which === "following" || which === "next") return { type: "anchored", unit, offset: 1 };
    return { type: "anchored", unit, offset: 0 };
  }
  if (groups.ago) {
    const amount = /^\d/.test(groups.agon ?? "")
      ? Number(groups.agon)
      : (wordsToNumber(groups.agon ?? "") ?? 1);
    const unit = lower(groups.agounit) as Unit;
    if (lower(groups.agodir) === "ago") return { type: "ago", unit, amount };
    return { type: "anchored", unit, offset: lower(groups.agodir) === "later" ? amount : -amount };
  }
  if (groups.period) return monthRule(groups, text, start, end);
  if (groups.yvalue) {
    if (COUNT_AFTER_YEAR.test(text.slice(end, end + 64))) return null; // "2000 complaints" is a count
    return { type: "year", year: Number(groups.yvalue) };
  }
  return null;
}

function monthRule(
  groups: Record<string, string | undefined>,
  text: string,
  start: number,
  end: number,
): DateRule | null {
  const name = (groups.pmonth ?? "").toLowerCase().replace(".", "");
  const month = MONTH_NAMES.findIndex((full) => full.startsWith(name.slice(0, 3))) + 1;
  if (month === 0) return null;
  const mod = groups.pmod?.toLowerCase() ?? null;
  const year = groups.pyear ? Number(groups.pyear) : null;
  // A month followed by a day number is chrono's ("May 28"); "May" alone needs a preposition before it.
  if (/^\s{0,2}\d{1,2}(?!\d)/.test(text.slice(end, end + 4)) && !year) return null;
  if (
    !mod &&
    !year &&
    AMBIGUOUS_MONTHS.has(month) &&
    !MONTH_CONTEXT.test(text.slice(Math.max(0, start - 12), start))
  ) {
    return null;
  }
  const part = mod === "early" || mod === "mid" || mod === "late" ? mod : null;
  const which = mod === "last" || mod === "this" || mod === "next" ? mod : null;
  return { type: "month", month, year, part, which };
}

function dropOverlaps(candidates: DateCandidate[], names: { start: number; end: number }[]): DateCandidate[] {
  const sorted = candidates
    .filter((candidate) => !overlapsAny(names, candidate.start, candidate.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (!last || candidate.start >= last.end) kept.push(candidate);
    else if (candidate.end - candidate.start > last.end - last.start) kept[kept.length - 1] = candidate;
  }
  return kept;
}
