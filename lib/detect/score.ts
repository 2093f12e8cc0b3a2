/**
 * Check-worthiness from 0 to 1 and a one-line reason. Casualty figures come first, then figures and
 * quotes, attributions, dates, and names last; a figure stated on someone's authority (an attribution
 * in its sentence, or a quote's speaker) weighs more, because that is what a checker calls back about.
 */
import type { AttributionValue } from "./attributions";
import type { EntityValue } from "./entities";
import type { QuoteValue } from "./quotes";
import type { CasualtyValue, DateValue, Found, NumberValue } from "./types";

export type Scored = { score: number; reason: string };

const MONEY = new Set(["USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RUB", "IDR", "INR", "MXN", "CHF", "UAH"]);

/** The source named in the same sentence as `found`, if any. */
export type SourceOf = (found: Found) => string | undefined;

export function scoreFound(found: Found, sourceOf: SourceOf): Scored {
  const source = sourceOf(found);
  const by = source ? ` attributed to ${source}` : "";
  const bonus = source ? 0.05 : 0;
  switch (found.kind) {
    case "casualty": {
      const { value, category } = found.normalized as CasualtyValue;
      return { score: 0.9 + bonus, reason: `casualty figure (${value} ${category})${by}` };
    }
    case "number": {
      const { unit } = found.normalized as NumberValue;
      const what = !unit
        ? "figure"
        : MONEY.has(unit)
          ? `amount in ${unit}`
          : unit === "percent" || unit === "percentage points"
            ? "percentage"
            : `figure (${unit})`;
      return { score: (unit ? 0.7 : 0.55) + 2 * bonus, reason: `${what}${by}` };
    }
    case "quote": {
      const { speaker } = found.normalized as QuoteValue;
      return speaker
        ? { score: 0.8, reason: `direct quote of ${speaker}` }
        : { score: 0.65, reason: "direct quote, no speaker named nearby" };
    }
    case "attribution":
      return {
        score: 0.55,
        reason: `statement attributed to ${(found.normalized as AttributionValue).source}`,
      };
    case "date": {
      const value = found.normalized as DateValue;
      if (value === null) return { score: 0.45, reason: "date that needs a publication date to resolve" };
      const shown = typeof value === "string" ? value : `${value.start} to ${value.end}`;
      return { score: 0.45 + bonus, reason: `date resolved to ${shown}${by}` };
    }
    default: {
      const { type } = found.normalized as EntityValue;
      const base = type === "person" ? 0.3 : type === "organization" ? 0.25 : 0.2;
      return { score: base, reason: `${type} named in the text` };
    }
  }
}
