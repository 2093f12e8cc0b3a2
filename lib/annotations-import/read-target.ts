import { isObject, listOf, typesOf } from "./json-values";

/** Where an annotation says its words are: by quote, by position, or both. */
export type TargetSelectors = {
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** Offsets as written: code points by the model, UTF-16 units by some tools (Hypothesis). */
  position: { start: number; end: number } | null;
};

/**
 * The first target that selects text: its TextQuoteSelector and TextPositionSelector, wherever
 * they are (a list of selectors, or one refining another). Other selectors (RangeSelector,
 * XPathSelector …) point into a page's markup, which Factdesk's plain text does not have: they
 * are ignored. A target without either selector (a note on a whole page) selects nothing.
 */
export function readTarget(target: unknown): TargetSelectors {
  for (const candidate of listOf(target)) {
    if (!isObject(candidate)) continue;
    const selectors = flattenSelectors(candidate.selector);
    const quote = selectors.map(readQuote).find((found) => found !== null) ?? null;
    const position = selectors.map(readPosition).find((found) => found !== null) ?? null;
    if (quote || position) return { quote, position };
  }
  return { quote: null, position: null };
}

function flattenSelectors(value: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > 4) return [];
  return listOf(value).flatMap((selector) =>
    isObject(selector) ? [selector, ...flattenSelectors(selector.refinedBy, depth + 1)] : [],
  );
}

function readQuote(selector: Record<string, unknown>): TargetSelectors["quote"] {
  if (!typesOf(selector.type).includes("TextQuoteSelector") || typeof selector.exact !== "string")
    return null;
  if (selector.exact === "") return null;
  return {
    exact: selector.exact,
    prefix: typeof selector.prefix === "string" ? selector.prefix : "",
    suffix: typeof selector.suffix === "string" ? selector.suffix : "",
  };
}

function readPosition(selector: Record<string, unknown>): TargetSelectors["position"] {
  if (!typesOf(selector.type).includes("TextPositionSelector")) return null;
  const { start, end } = selector;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
  if ((start as number) < 0 || (end as number) <= (start as number)) return null;
  return { start: start as number, end: end as number };
}
