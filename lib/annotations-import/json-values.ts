/** Reading JSON-LD as tools write it: a property may hold one value or a list of them. */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value or list of values as a list (none for undefined or null). */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A type (or purpose, or class) value as a list of strings. */
export function typesOf(type: unknown): string[] {
  return listOf(type).filter((item): item is string => typeof item === "string");
}

/** The first value if it is non-blank text, else null. */
export function firstString(value: unknown): string | null {
  const first = listOf(value)[0];
  return typeof first === "string" && first.trim() !== "" ? first : null;
}
