/**
 * Re-anchoring 1,000 claims in a 10,000-word article revised by about 5%
 * (words replaced, deleted and inserted), against a baseline of plain exact
 * search (`indexOf`) of the same quotes in the same run. Prints time (median
 * of 5) and how many claims landed right, were orphaned, or were misplaced.
 */
import { reanchorAll } from "@/lib/anchoring/reanchor";
import { describeQuote, type QuoteAnchor } from "@/lib/anchoring/selectors";

let seed = 42;
const random = () => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const VOCABULARY = Array.from({ length: 4000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 8) }, () =>
    String.fromCharCode(97 + Math.floor(random() * 26)),
  ).join(""),
);

type Word = { id: number; text: string };
let nextId = 0;
const newWord = (): Word => ({ id: nextId++, text: pick(VOCABULARY) });

function layout(words: Word[]) {
  const offsets = new Map<number, number>();
  let text = "";
  words.forEach((word, index) => {
    if (index > 0) text += index % 17 === 0 ? ". " : " ";
    offsets.set(word.id, text.length);
    text += word.text;
  });
  return { text, offsets };
}

function buildCase() {
  const words = Array.from({ length: 10_000 }, newWord);
  const before = layout(words);
  const claims = Array.from({ length: 1000 }, () => {
    const first = Math.floor(random() * (words.length - 8));
    const span = words.slice(first, first + 1 + Math.floor(random() * 6));
    const start = before.offsets.get(span[0]?.id ?? 0) ?? 0;
    const last = span.at(-1) as Word;
    return {
      ids: span.map((w) => w.id),
      anchor: describeQuote(before.text, start, (before.offsets.get(last.id) ?? 0) + last.text.length),
    };
  });
  const revised = [...words];
  for (let edits = 0; edits < 500; edits++) {
    const at = Math.floor(random() * revised.length);
    const kind = random();
    if (kind < 0.4) revised[at] = newWord();
    else if (kind < 0.7) revised.splice(at, 1);
    else revised.splice(at, 0, newWord());
  }
  const after = layout(revised);
  return { before: before.text, after, claims, revisedIds: revised.map((w) => w.id) };
}

function expectedStart(
  claim: { ids: number[] },
  after: { offsets: Map<number, number> },
  revisedIds: number[],
) {
  const first = revisedIds.indexOf(claim.ids[0] as number);
  const intact = first !== -1 && claim.ids.every((id, i) => revisedIds[first + i] === id);
  return intact ? after.offsets.get(claim.ids[0] as number) : undefined;
}

function time(run: () => void): number {
  const samples = Array.from({ length: 5 }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return samples[2] as number;
}

const { after, claims, revisedIds } = buildCase();
const anchors: QuoteAnchor[] = claims.map((claim) => claim.anchor);
const baselineMs = time(() => {
  for (const anchor of anchors) after.text.indexOf(anchor.exact);
});
let results = reanchorAll(after.text, anchors);
const anchoringMs = time(() => {
  results = reanchorAll(after.text, anchors);
});

let right = 0;
let misplaced = 0;
let orphanedIntact = 0;
let orphanedChanged = 0;
let reanchoredChanged = 0;
claims.forEach((claim, index) => {
  const result = results[index];
  const expected = expectedStart(claim, after, revisedIds);
  const survivors = claim.ids.map((id) => after.offsets.get(id)).filter((offset) => offset !== undefined);
  if (result?.status !== "anchored") {
    if (expected === undefined) orphanedChanged++;
    else orphanedIntact++;
  } else if (expected !== undefined) {
    if (result.start === expected) right++;
    else misplaced++;
  } else if (survivors.some((offset) => offset >= result.start - 20 && offset <= result.end + 20)) {
    reanchoredChanged++;
  } else {
    misplaced++;
  }
});
const intact = claims.filter((claim) => expectedStart(claim, after, revisedIds) !== undefined).length;

console.log(
  `re-anchoring ${claims.length} claims, ${after.text.length} characters, ${intact} quotes intact, median of 5`,
);
console.log(`  exact search baseline (indexOf)   ${baselineMs.toFixed(1)} ms`);
console.log(
  `  Factdesk re-anchoring             ${anchoringMs.toFixed(1)} ms  (${(anchoringMs / baselineMs).toFixed(2)}× baseline; target ≤ 100 ms)`,
);
console.log(`  intact quotes: ${right} right, ${orphanedIntact} orphaned`);
console.log(
  `  edited or deleted quotes: ${reanchoredChanged} re-anchored on their remaining words, ${orphanedChanged} orphaned`,
);
console.log(`  misplaced (on other words): ${misplaced}`);
