import { formatUtcDate } from "@/components/articles/article-date";
import { KIND_LABELS, VERDICT_LABELS } from "@/components/claims/labels";
import { ROLE_LABELS } from "@/components/members/role-label";

/*
 * Readers of an audit event's before/after JSON. The log outlives the code that wrote it, so every
 * field may be missing or of another type: each reader returns undefined rather than guess.
 */

export type JsonObject = Record<string, unknown>;

const MAX_TEXT = 400;

/** The JSON as an object, or an empty one (null, arrays and scalars carry no fields). */
export function asObject(value: unknown): JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : {};
}

/** The first of `keys` holding non-blank text, trimmed and shortened for display. */
export function textOf(object: JsonObject, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === "string" && value.trim()) return shorten(value.trim(), MAX_TEXT);
  }
  return undefined;
}

export function numberOf(object: JsonObject, key: string): number | undefined {
  const value = object[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function labelFrom<K extends string>(labels: Record<K, string>, value: unknown): string | undefined {
  if (typeof value !== "string" || !value) return undefined;
  return Object.hasOwn(labels, value) ? labels[value as K] : shorten(value, 40);
}

export const verdictLabel = (value: unknown) => labelFrom(VERDICT_LABELS, value);
export const kindLabel = (value: unknown) => labelFrom(KIND_LABELS, value);
export const roleLabel = (value: unknown) => labelFrom(ROLE_LABELS, value);

const STATUS_LABELS = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  READY_FOR_SIGNOFF: "Ready for sign-off",
  APPROVED: "Approved",
};
export const statusLabel = (value: unknown) => labelFrom(STATUS_LABELS, value);

const STANCE_WORDS = { SUPPORTS: "supporting evidence", REFUTES: "refuting evidence", CONTEXT: "context" };
export const stanceWord = (value: unknown) => labelFrom(STANCE_WORDS, value);

const SOURCE_TYPE_LABELS = {
  GOVERNMENT: "Government / official",
  MILITARY: "Military",
  STATE_MEDIA: "State media",
  WIRE_AGENCY: "Wire agency",
  NEWS_OUTLET: "News outlet",
  NGO: "NGO / international body",
  ACADEMIC: "Academic",
  SOCIAL_MEDIA: "Social media",
  ANONYMOUS: "Anonymous / unnamed",
  OTHER: "Other",
};
export const sourceTypeLabel = (value: unknown) => labelFrom(SOURCE_TYPE_LABELS, value);

// Database ids (cuid) say nothing to a reader; a person is shown only by a name the event carries.
const ID_LIKE = /^c[a-z0-9]{20,}$/;

/** A person's name from `{ name }`, or text that is not an id. */
export function personOf(object: JsonObject, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === "string" && value.trim() && !ID_LIKE.test(value.trim()))
      return shorten(value.trim(), 80);
    const name = textOf(asObject(value), "name");
    if (name) return shorten(name, 80);
  }
  return undefined;
}

/** "3 Dec 2025" from an ISO string or a Date; undefined for anything that is not a valid date. */
export function dateOf(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  if (typeof value !== "string" && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : formatUtcDate(date);
}

/** “text” with typographic quotes. */
export const quoted = (text: string) => `“${text}”`;
