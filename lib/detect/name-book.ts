/**
 * The article's names, for linking a source or a speaker: "Kim" → "Kim Jong-un" (the fullest earlier
 * mention), "he" → the last person named before it, "the agency" → the last organization named
 * "… Agency".
 */
import type { Entity } from "./entities";

export type NameBook = ReturnType<typeof createNameBook>;

export function createNameBook(entities: readonly Entity[]) {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const firstAtOrAfter = (position: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle]?.start ?? 0) < position) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const lastBefore = (position: number, accepts: (entity: Entity) => boolean) => {
    // Looking back over at most 400 names keeps a long text linear; a pronoun's person is never that far.
    const first = firstAtOrAfter(position);
    for (let index = first - 1; index >= 0 && index > first - 400; index--) {
      const entity = sorted[index] as Entity;
      if (entity.end <= position && accepts(entity)) return entity;
    }
    return undefined;
  };
  // Each surname or first name → the people's full names it is part of, and each last word of an
  // organization's name ("agency") → the organizations, all in text order.
  const fullNames = new Map<string, Entity[]>();
  const organizations = new Map<string, Entity[]>();
  for (const entity of sorted) {
    const words = entity.name.split(/\s+/);
    if (entity.normalized.type === "organization") {
      const last = (words.at(-1) ?? "").toLowerCase();
      const list = organizations.get(last);
      if (list) list.push(entity);
      else organizations.set(last, [entity]);
    }
    if (entity.normalized.type !== "person" || words.length < 2) continue;
    for (const word of new Set([words[0] as string, words.at(-1) as string])) {
      const list = fullNames.get(word);
      if (list) list.push(entity);
      else fullNames.set(word, [entity]);
    }
  }
  const fullName = (entity: Entity): string => {
    if (entity.normalized.type !== "person" || /\s/.test(entity.name)) return entity.name;
    const candidates = fullNames.get(entity.name) ?? [];
    // The last full mention before this one, else the first after it.
    return (candidates[countEndingBy(candidates, entity.start) - 1] ?? candidates[0])?.name ?? entity.name;
  };
  return {
    fullName,
    /** The entity starting exactly at `position`. */
    startingAt(position: number): Entity | undefined {
      const entity = sorted[firstAtOrAfter(position)];
      return entity?.start === position ? entity : undefined;
    },
    /** Entities inside [from, position]: the one ending at `position` first, then left to right. */
    endingBefore(position: number, from: number): Entity[] {
      const inside: Entity[] = [];
      for (let index = firstAtOrAfter(from); index < sorted.length; index++) {
        const entity = sorted[index] as Entity;
        if (entity.start >= position) break;
        if (entity.end <= position) inside.push(entity);
      }
      return inside.sort(
        (a, b) => Number(b.end === position) - Number(a.end === position) || a.start - b.start,
      );
    },
    resolvePronoun(pronoun: string, position: number): string {
      const lower = pronoun.toLowerCase();
      if (lower === "he" || lower === "she" || lower === "i") {
        const person = lastBefore(position, (entity) => entity.normalized.type === "person");
        return person ? fullName(person) : lower;
      }
      if (lower === "it") {
        const organization = lastBefore(position, (entity) => entity.normalized.type === "organization");
        return organization?.name ?? lower;
      }
      return lower;
    },
    resolveGroup(group: string, position: number): string {
      const bare = group
        .replace(/^(?:the|a|an|its|their|his|her|some|many|several|other|most)\s{1,2}/i, "")
        .replace(/\s+/g, " ")
        .replace(/^\p{Lu}(?=\p{Ll}+$|\p{Ll}+ \p{Ll})/u, (letter) => letter.toLowerCase()); // "Analysts" → "analysts"
      const named = organizations.get(bare.split(" ").at(-1)?.toLowerCase() ?? "") ?? [];
      return named[countEndingBy(named, position) - 1]?.name ?? bare;
    },
  };
}

/** How many of `entities` (in text order, not overlapping) end at or before `position`. */
function countEndingBy(entities: readonly Entity[], position: number): number {
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((entities[middle]?.end ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}
