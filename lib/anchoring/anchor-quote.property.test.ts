// Protects: whatever editors change around a claim, its highlight stays on its words; what is gone is orphaned.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorQuote } from "./anchor-quote";
import { CONTEXT_LENGTH, describeQuote } from "./selectors";

// A fixed vocabulary of made-up words: repeated spans are as rare as in real prose.
const VOCABULARY = Array.from({ length: 3000 }, (_, i) => {
  let word = "";
  for (let n = i * 7919 + 13, length = 3 + (i % 7); word.length < length; n = (n * 48271) % 2147483647) {
    word += String.fromCharCode(97 + (n % 26));
  }
  return word;
});
const word = fc.constantFrom(...VOCABULARY);
const prose = fc.array(word, { minLength: 120, maxLength: 400 }).map((words) => words.join(" "));

/** A text, and a quote of `minWords`–`maxWords` whole words in it. */
const textWithQuote = (minWords: number, maxWords: number) =>
  prose.chain((text) => {
    const starts = [0, ...[...text.matchAll(/ /g)].map((match) => (match.index ?? 0) + 1)];
    return fc
      .record({
        text: fc.constant(text),
        first: fc.integer({ min: 0, max: starts.length - maxWords - 1 }),
        count: fc.integer({ min: minWords, max: maxWords }),
      })
      .map(({ first, count }) => {
        const start = starts[first] as number;
        const end = (starts[first + count] as number) - 1;
        return { text, start, end };
      });
  });

/** Real prose rarely repeats a quote with its surroundings; fast-check's shrinking loves to. */
const isDistinct = (text: string, anchor: { prefix: string; exact: string; suffix: string }) => {
  const whole = anchor.prefix + anchor.exact + anchor.suffix;
  return text.indexOf(whole) === text.lastIndexOf(whole);
};

type Edit = { at: number; remove: number; insert: string };
const edit = (max: number) =>
  fc.record({
    at: fc.integer({ min: 0, max }),
    remove: fc.integer({ min: 0, max: 12 }),
    insert: fc.array(word, { maxLength: 3 }).map((words) => (words.length ? ` ${words.join(" ")} ` : "")),
  });

/**
 * Applies edits that avoid [keepFrom, keepTo) (an edit inside it is moved just after it), from the
 * last to the first, so each edit's position is still valid; returns the text and how far the kept
 * range moved.
 */
function applyOutside(text: string, edits: Edit[], keepFrom: number, keepTo: number) {
  let result = text;
  let shift = 0;
  const placed = edits
    .map((e) => (e.at < keepFrom ? e : { ...e, at: Math.max(e.at, keepTo) }))
    .sort((a, b) => b.at - a.at);
  for (const e of placed) {
    // Before the kept range, never remove into it (it starts at keepFrom + shift by now).
    const remove = e.at < keepFrom ? Math.min(e.remove, keepFrom + shift - e.at) : e.remove;
    result = result.slice(0, e.at) + e.insert + result.slice(e.at + remove);
    if (e.at < keepFrom) shift += e.insert.length - remove;
  }
  return { text: result, shift };
}

describe("anchoring properties", () => {
  it("edits anywhere outside a quote of 24+ characters keep it exact", () => {
    fc.assert(
      fc.property(
        textWithQuote(4, 9),
        fc.array(edit(4000), { maxLength: 6 }),
        ({ text, start, end }, edits) => {
          fc.pre(end - start >= 24);
          const anchor = describeQuote(text, start, end);
          const revised = applyOutside(text, edits, start, end);
          fc.pre(revised.text.indexOf(anchor.exact) === revised.text.lastIndexOf(anchor.exact));
          const result = anchorQuote(revised.text, anchor);
          expect(result).toMatchObject({
            status: "anchored",
            start: start + revised.shift,
            end: end + revised.shift,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("edits beyond the remembered context keep even a short quote exact", () => {
    fc.assert(
      fc.property(
        textWithQuote(1, 3),
        fc.array(edit(4000), { maxLength: 6 }),
        ({ text, start, end }, edits) => {
          const anchor = describeQuote(text, start, end);
          const revised = applyOutside(
            text,
            edits,
            Math.max(0, start - CONTEXT_LENGTH),
            end + CONTEXT_LENGTH,
          );
          const result = anchorQuote(revised.text, anchor);
          expect(result).toMatchObject({
            status: "anchored",
            start: start + revised.shift,
            end: end + revised.shift,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("small edits inside a quote (up to 20% of it) still anchor it, with a lower score", () => {
    fc.assert(
      fc.property(
        textWithQuote(3, 8),
        fc.array(fc.record({ at: fc.nat(), letter: fc.constantFrom(..."xyzqj") }), {
          minLength: 1,
          maxLength: 8,
        }),
        ({ text, start, end }, changes) => {
          const anchor = describeQuote(text, start, end);
          fc.pre(isDistinct(text, anchor));
          const allowed = changes.slice(0, Math.max(1, Math.floor(anchor.exact.length * 0.2)));
          let edited = anchor.exact;
          for (const change of allowed) {
            const at = change.at % edited.length;
            edited = edited.slice(0, at) + change.letter + edited.slice(at + 1);
          }
          fc.pre(edited !== anchor.exact);
          const revised = text.slice(0, start) + edited + text.slice(end);
          const result = anchorQuote(revised, anchor);
          expect(result.status).toBe("anchored");
          if (result.status !== "anchored") return;
          expect(result.score).toBeLessThan(1);
          expect([result.start, result.end]).toEqual([start, end]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a quote whose words are gone is orphaned, never moved onto other words", () => {
    fc.assert(
      fc.property(
        textWithQuote(1, 6),
        fc.array(word, { maxLength: 6 }),
        ({ text, start, end }, replacement) => {
          const anchor = describeQuote(text, start, end);
          const revised = text.slice(0, start) + replacement.join(" ") + text.slice(end);
          // Replacing a quote with some of its own words is an edit, not a deletion.
          fc.pre(replacement.every((w) => !anchor.exact.split(" ").includes(w)));
          fc.pre(!revised.includes(anchor.exact));
          expect(anchorQuote(revised, anchor).status).toBe("orphaned");
        },
      ),
      { numRuns: 300 },
    );
  });
});
