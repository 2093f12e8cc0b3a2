import type { SentenceIndex } from "@/lib/detect/text";
import type { ClaimKind } from "@/lib/generated/prisma/enums";

/** A span a warning points at: offsets into the version's plain text, or into its title. */
export type WarningSpan = { start: number; end: number; text: string; in: "text" | "title" };

/** Something in the article that does not add up, for the editor to look at. */
export type ConsistencyWarning = {
  kind: "conflicting-figures" | "date-outside-dateline" | "unsupported-headline-figure";
  message: string;
  spans: WarningSpan[];
};

/** A suggestion (or a detection in the title), as the checks read it. */
export type ConsistencyItem = {
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
  normalizedValue: unknown;
};

export type ConsistencyInput = {
  /** The version's plain text, which `items` point into. */
  text: string;
  title: string;
  /** The dateline: the version's (else the article's) published date. */
  publishedAt: Date | null;
  /** The version's suggestions, whatever their status: a dismissed figure still says what it says. */
  items: ConsistencyItem[];
  /** What the detector finds in the title (offsets into the title). */
  titleItems: ConsistencyItem[];
};

/** What the checks share: the input and the text's sentences. */
export type CheckContext = ConsistencyInput & { sentences: SentenceIndex };

/** The span of an item in the text. */
export function spanOf(item: { start: number; end: number; text: string }, where: "text" | "title" = "text") {
  return { start: item.start, end: item.end, text: item.text, in: where } satisfies WarningSpan;
}

/** The number a NUMBER or CASUALTY_FIGURE suggestion stands for, if its normalized value says. */
export function numericValue(normalized: unknown): number | null {
  if (typeof normalized === "number") return Number.isFinite(normalized) ? normalized : null;
  const value = (normalized as { value?: unknown } | null)?.value;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The qualifier of a figure ("at least", "about"), if any. */
export function qualifierOf(normalized: unknown): string | undefined {
  const qualifier = (normalized as { qualifier?: unknown } | null)?.qualifier;
  return typeof qualifier === "string" && qualifier ? qualifier : undefined;
}

/** A number as a reader writes it: 2400 → "2,400". */
export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
