import { SentenceIndex } from "@/lib/detect/text";
import { conflictingFigures } from "./conflicting-figures";
import type { CheckContext, ConsistencyInput, ConsistencyWarning } from "./consistency-values";
import { datesOutsideDateline } from "./dateline";
import { unsupportedHeadlineFigures } from "./headline-figures";

export type {
  ConsistencyInput,
  ConsistencyItem,
  ConsistencyWarning,
  WarningSpan,
} from "./consistency-values";

/**
 * The article's consistency warnings: headline figures the text does not support, the same figure
 * stated with different values, and dates that cannot fit the dateline. Pure: the checks only read
 * the suggestions and the text (each check's rules are in its own file).
 */
export function checkConsistency(input: ConsistencyInput): ConsistencyWarning[] {
  const context: CheckContext = { ...input, sentences: SentenceIndex.of(input.text) };
  return [
    ...unsupportedHeadlineFigures(context),
    ...conflictingFigures(context),
    ...datesOutsideDateline(context),
  ];
}
