import {
  type CheckContext,
  type ConsistencyItem,
  type ConsistencyWarning,
  formatNumber,
  numericValue,
  qualifierOf,
  spanOf,
} from "./consistency-values";

const FIGURES = new Set<ConsistencyItem["kind"]>(["NUMBER", "CASUALTY_FIGURE"]);
// A headline rounds: "nearly 50 dead" is supported by "48 were killed".
const APPROXIMATE =
  /^(?:about|around|almost|nearly|roughly|some|approximately|more than|over|at least|up to|close to)$/i;
const ROUNDING = 0.1;

/**
 * (c) A figure in the headline that the text does not support: a number in the title whose value
 * appears in no figure of the text (as digits or words: "9" and "nine" are the same value). An
 * approximate headline figure ("nearly 50") is supported by a value within 10 %. The title is not
 * part of the plain text, unless the text opens with it (an imported page's heading): that heading
 * is skipped, or the headline would always support itself.
 */
export function unsupportedHeadlineFigures(context: CheckContext): ConsistencyWarning[] {
  const title = context.title.trim();
  const bodyStart = title && context.text.startsWith(title) ? title.length : 0;
  const values: number[] = [];
  for (const item of context.items) {
    if (!FIGURES.has(item.kind) || item.start < bodyStart) continue;
    values.push(...allValues(item.normalizedValue));
  }
  const warnings: ConsistencyWarning[] = [];
  // "9 dead" is both a number and a casualty figure: one warning per value.
  const seen = new Set<number>();
  for (const item of context.titleItems) {
    const value = numericValue(item.normalizedValue);
    if (!FIGURES.has(item.kind) || value === null || seen.has(value)) continue;
    seen.add(value);
    const isApproximate = APPROXIMATE.test(qualifierOf(item.normalizedValue) ?? "");
    const supported = values.some((body) =>
      isApproximate ? Math.abs(body - value) <= Math.abs(value) * ROUNDING : body === value,
    );
    if (supported) continue;
    warnings.push({
      kind: "unsupported-headline-figure",
      message: `The headline says “${item.text}” (${formatNumber(value)}), but no figure in the text has that value.`,
      spans: [spanOf(item, "title")],
    });
  }
  return warnings;
}

/** Every value a figure states: its value, a range's upper end, a count's other side. */
function allValues(normalized: unknown): number[] {
  const value = numericValue(normalized);
  if (value === null) return [];
  const { max, against } = (normalized ?? {}) as { max?: unknown; against?: unknown };
  return [value, max, against].filter((entry): entry is number => typeof entry === "number");
}
