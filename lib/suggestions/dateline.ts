import { type CheckContext, type ConsistencyWarning, spanOf } from "./consistency-values";

// A sentence that reports what happened: a past-tense verb…
const PAST =
  /\b(?:was|were|had|did|said|told|came|went|took|made|held|met|began|saw|gave|left|won|lost|[a-z]{3,}ed)\b/i;
// …and says nothing of the future (a plan, a schedule, an expectation).
const FUTURE =
  /\b(?:will|would|shall|going to|plans?|planned|planning|schedul\w*|expect\w*|due to|upcoming|intends?|set to|is to|are to|next|tomorrow|later)\b/i;

/**
 * (b) A date that cannot fit the dateline: one that resolves (a relative date against the published
 * date, as the detector does, or an absolute one) to a day after the article was published, in a
 * sentence that reports the past ("Kim said Friday…" resolving to a Friday after publication means
 * the reference date, or the weekday, is wrong). Kept simple: the sentence counts as a past report
 * when it has a past-tense verb and no word of the future (will, plans, scheduled, expected, next…);
 * no reference date, no check.
 */
export function datesOutsideDateline(context: CheckContext): ConsistencyWarning[] {
  if (!context.publishedAt) return [];
  const dateline = context.publishedAt.toISOString().slice(0, 10);
  const warnings: ConsistencyWarning[] = [];
  for (const item of context.items) {
    if (item.kind !== "DATE") continue;
    const day = firstDay(item.normalizedValue);
    if (!day || day <= dateline) continue;
    const { start, end } = context.sentences.around(item.start);
    const sentence = context.text.slice(start, item.start) + context.text.slice(item.end, end);
    if (!PAST.test(sentence) || FUTURE.test(sentence)) continue;
    warnings.push({
      kind: "date-outside-dateline",
      message:
        `“${item.text}” resolves to ${day}, after the dateline (${dateline}), ` +
        "in a sentence that reports it as past: check the date or the dateline.",
      spans: [spanOf(item)],
    });
  }
  return warnings;
}

/** The first day a resolved date covers: "YYYY-MM-DD", or a period's start. */
function firstDay(normalized: unknown): string | null {
  const day = typeof normalized === "string" ? normalized : (normalized as { start?: unknown } | null)?.start;
  return typeof day === "string" && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}
