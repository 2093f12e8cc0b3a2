import {
  type CheckContext,
  type ConsistencyItem,
  type ConsistencyWarning,
  formatNumber,
  numericValue,
  qualifierOf,
  spanOf,
} from "./consistency-values";

const WHAT: Record<string, { one: string; many: string }> = {
  deaths: { one: "death toll", many: "death tolls" },
  wounded: { one: "count of wounded", many: "counts of wounded" },
  injured: { one: "count of injured", many: "counts of injured" },
  missing: { one: "count of missing", many: "counts of missing" },
  casualties: { one: "casualty figure", many: "casualty figures" },
};

type Figure = {
  item: ConsistencyItem;
  value: number;
  qualifier?: string;
  date?: ConsistencyItem;
  source?: ConsistencyItem;
};

/**
 * (a) The same figure stated with different values: casualty figures of one category (deaths,
 * wounded…) whose values differ, each shown with its date and its source, the nearest date and
 * attribution in its sentence or the one before. Kept simple: "at least 9" and "12" are reported
 * too (the editor judges), and figures of different events in one article would be as well.
 */
export function conflictingFigures(context: CheckContext): ConsistencyWarning[] {
  const byCategory = new Map<string, Figure[]>();
  for (const item of context.items) {
    if (item.kind !== "CASUALTY_FIGURE") continue;
    const value = numericValue(item.normalizedValue);
    const category = (item.normalizedValue as { category?: unknown } | null)?.category;
    if (value === null || typeof category !== "string") continue;
    const figure: Figure = { item, value, qualifier: qualifierOf(item.normalizedValue) };
    figure.date = nearest(context, item, "DATE");
    figure.source = nearest(context, item, "ATTRIBUTION");
    byCategory.set(category, [...(byCategory.get(category) ?? []), figure]);
  }
  const warnings: ConsistencyWarning[] = [];
  for (const [category, figures] of byCategory) {
    if (new Set(figures.map((figure) => figure.value)).size < 2) continue;
    const what = WHAT[category] ?? { one: `${category} figure`, many: `${category} figures` };
    figures.sort((a, b) => a.item.start - b.item.start);
    const spans = figures.flatMap((figure) =>
      [figure.item, figure.date, figure.source]
        .filter((item) => item !== undefined)
        .map((item) => spanOf(item)),
    );
    warnings.push({
      kind: "conflicting-figures",
      message: `${figures.length === 2 ? "Two" : figures.length} different ${what.many}: ${figures.map(describe).join("; ")}.`,
      spans: dedupe(spans),
    });
  }
  return warnings;
}

function describe(figure: Figure): string {
  const value = [figure.qualifier, formatNumber(figure.value)].filter(Boolean).join(" ");
  const context = [figure.date?.text, figure.source && sourceName(figure.source)].filter(Boolean).join(", ");
  return context ? `${value} (${context})` : `${value} (no date or source nearby)`;
}

/** Who an attribution names ("Yonhap" for "Yonhap reported"), else its words. */
function sourceName(attribution: ConsistencyItem): string {
  const source = (attribution.normalizedValue as { source?: unknown } | null)?.source;
  return typeof source === "string" && source ? source : attribution.text;
}

/** The item of `kind` nearest to `item` in its sentence, else the nearest in the sentence before. */
function nearest(context: CheckContext, item: ConsistencyItem, kind: ConsistencyItem["kind"]) {
  const index = context.sentences.indexOf(item.start);
  for (const sentence of [index, index - 1]) {
    if (sentence < 0) continue;
    const { start, end } = context.sentences.at(sentence);
    let best: ConsistencyItem | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of context.items) {
      if (candidate.kind !== kind || candidate.start < start || candidate.start >= end) continue;
      const distance = Math.abs(candidate.start - item.start);
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    }
    if (best) return best;
  }
  return undefined;
}

function dedupe<T extends { start: number; end: number }>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
