/**
 * Casualty figures: quantities tied to the dead, killed, wounded, missing or injured, or to a "loss of
 * … lives". The span runs from the quantity to the casualty word ("27 people had died"), from the
 * casualty word to the quantity ("killing at least 12"), or from the phrase's start ("the heartrending
 * loss of nine lives"); the number inside is also reported as a number.
 */
import type { Context } from "./context";
import type { CasualtyCategory, CasualtyValue, Found, NumberValue } from "./types";

const WORD_AFTER =
  /(?:\s{1,2}(?!and\b|or\b|but\b)[\p{Ll}’'-]{1,20}){0,4}?\s{1,2}(killed|dead|died|deaths?|fatalities|wounded|injured|injuries|missing|casualties|lives\s{1,2}(?:were\s{1,2})?lost)(?![\p{L}])/uy;
const WORD_BEFORE =
  /(?:^|[^\p{L}])(killed|killing|kills|wounding|wounded|injuring|injured|death toll(?:\s{1,2}(?:has|had|rose|rises|risen|climbed|reached|stands|stood|of|at|to|from)){0,3}|toll of)\s{1,2}$/iu;
const LOSS_OF =
  /(?:^|[^\p{L}])((?:(?:the|a|an)\s{1,2})?(?:[\p{Ll}-]{1,20}\s{1,2}){0,2}?loss\s{1,2}of\s{1,2})$/iu;
const LIVES_CONTEXT = /(?:^|[^\p{L}])(?:cost|costing|claimed|claiming|took|taking|lost|losing)\s{1,2}$/iu;
const NOT_PEOPLE = new Set([
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "KRW",
  "CNY",
  "RUB",
  "IDR",
  "INR",
  "percent",
  "percentage points",
]);
const TIME_UNITS =
  /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times|year-old|kilomet|km|tonnes?)/;

export function findCasualties(ctx: Context, numbers: readonly Found<NumberValue>[]): Found<CasualtyValue>[] {
  const { text } = ctx;
  const found: Found<CasualtyValue>[] = [];
  for (const number of numbers) {
    const { unit, qualifier, value } = number.normalized;
    if (unit && (NOT_PEOPLE.has(unit) || TIME_UNITS.test(unit))) continue;
    const withQualifier = (category: CasualtyCategory): CasualtyValue =>
      qualifier ? { value, category, qualifier } : { value, category };
    const sentenceStart = ctx.sentences.around(number.start).start;
    const before = text.slice(Math.max(sentenceStart, number.start - 80), number.start);
    if (unit === "lives") {
      const loss = LOSS_OF.exec(before)?.[1];
      if (loss) {
        found.push({
          kind: "casualty",
          start: number.start - loss.length,
          end: number.end,
          normalized: withQualifier("deaths"),
        });
      } else if (LIVES_CONTEXT.test(before)) {
        found.push({
          kind: "casualty",
          start: number.start,
          end: number.end,
          normalized: withQualifier("deaths"),
        });
      }
      continue;
    }
    if (unit && categoryOf(unit)) {
      found.push({
        ...number,
        kind: "casualty",
        normalized: withQualifier(categoryOf(unit) as CasualtyCategory),
      });
      continue;
    }
    WORD_AFTER.lastIndex = number.end;
    const after = WORD_AFTER.exec(text);
    if (after?.[1] && after.index === number.end) {
      const end = number.end + after[0].length;
      found.push({
        kind: "casualty",
        start: number.start,
        end,
        normalized: withQualifier(categoryOf(after[1]) ?? "deaths"),
      });
      continue;
    }
    const verb = WORD_BEFORE.exec(before);
    if (verb?.[1]) {
      const start = number.start - before.length + verb.index + verb[0].indexOf(verb[1]);
      found.push({
        kind: "casualty",
        start,
        end: number.end,
        normalized: withQualifier(categoryOf(verb[1]) ?? "deaths"),
      });
    }
  }
  return found;
}

function categoryOf(word: string): CasualtyCategory | null {
  const lower = word.toLowerCase();
  if (/^(?:killed|killing|kills|dead|died|deaths?|fatalities|lives|claim|death toll|toll)/.test(lower))
    return "deaths";
  if (/^wound/.test(lower)) return "wounded";
  if (/^injur/.test(lower)) return "injured";
  if (lower === "missing") return "missing";
  if (lower === "casualties") return "casualties";
  return null;
}
