import { wellFormed } from "@/lib/articles/normalize-inline";
import type { Detection } from "@/lib/detect/types";
import type { ClaimKind } from "@/lib/generated/prisma/enums";

/** The claim kind a detection becomes when the editor accepts it. */
export const CLAIM_KIND_OF: Record<Detection["kind"], ClaimKind> = {
  number: "NUMBER",
  casualty: "CASUALTY_FIGURE",
  date: "DATE",
  quote: "QUOTE",
  attribution: "ATTRIBUTION",
  entity: "ENTITY",
};

/**
 * The most suggestions one version keeps, the most check-worthy first. An editor reviews a list, not
 * a 5 MB dump of every number: past this the list is noise, and storing it would slow the import.
 */
export const MAX_SUGGESTIONS_PER_VERSION = 5_000;

const MAX_REASON_LENGTH = 300;

/** A Suggestion row to insert (Prisma's createMany input). */
export type SuggestionRow = {
  versionId: string;
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
  normalizedValue?: object | string | number | boolean;
  score: number;
  reason: string;
};

/**
 * The detector's output as rows for one version, checked as untrusted input: ranges must lie in the
 * text (text is re-read from it, so a row's text always equals plainText.slice(start, end)), scores
 * are clamped to 0–1, one row per kind and range, at most MAX_SUGGESTIONS_PER_VERSION.
 */
export function toSuggestionRows(
  versionId: string,
  plainText: string,
  detections: Detection[],
): SuggestionRow[] {
  const byKey = new Map<string, SuggestionRow>();
  for (const detection of detections) {
    const kind = CLAIM_KIND_OF[detection.kind];
    const { start, end } = detection;
    if (!kind || !Number.isInteger(start) || !Number.isInteger(end)) continue;
    if (start < 0 || end <= start || end > plainText.length) continue;
    const key = `${kind}:${start}:${end}`;
    const row: SuggestionRow = {
      versionId,
      kind,
      start,
      end,
      // As PostgreSQL stores the version's text: half a surrogate pair reads as U+FFFD (same length).
      text: wellFormed(plainText.slice(start, end)),
      score: clampScore(detection.score),
      reason: oneLine(detection.reason),
    };
    const normalized = jsonValue(detection.normalized);
    if (normalized !== undefined) row.normalizedValue = normalized;
    const existing = byKey.get(key);
    if (!existing || existing.score < row.score) byKey.set(key, row);
  }
  const rows = [...byKey.values()];
  if (rows.length > MAX_SUGGESTIONS_PER_VERSION) {
    rows.sort((a, b) => b.score - a.score || a.start - b.start);
    rows.length = MAX_SUGGESTIONS_PER_VERSION;
  }
  return rows.sort((a, b) => a.start - b.start || a.end - b.end);
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}

function oneLine(reason: unknown): string {
  const text = typeof reason === "string" ? wellFormed(reason).replace(/\s+/g, " ").trim() : "";
  return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH - 1)}…` : text;
}

/**
 * A JSON copy of a normalized value (dates become ISO strings, half surrogate pairs U+FFFD: PostgreSQL
 * refuses them in JSON); undefined for none or for what JSON cannot hold.
 */
function jsonValue(value: unknown): SuggestionRow["normalizedValue"] | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    const copy: unknown = JSON.parse(
      JSON.stringify(value, (_key, entry) => (typeof entry === "string" ? wellFormed(entry) : entry)),
    );
    return copy === null ? undefined : (copy as SuggestionRow["normalizedValue"]);
  } catch {
    return undefined;
  }
}
