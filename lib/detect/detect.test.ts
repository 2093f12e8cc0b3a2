/** The detector never crashes and never reports offsets that do not point at its text, whatever it is given. */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Detection, detectClaims } from "./detect";
import { SAMPLE_DAY } from "./test-helpers";
import { detectOptionsFor } from "./wire-input";

const KINDS = new Set(["number", "casualty", "date", "quote", "attribution", "entity"]);
const SAMPLE = fs.readFileSync(
  path.join(import.meta.dirname, "..", "..", "prisma", "seed-data", "kursk-casualties.txt"),
  "utf8",
);

/**
 * Everything a caller relies on: offsets inside the text (and after the skipped prefix), text equal to
 * the slice, no half emoji, scores in 0–1, and no two detections of one kind overlapping. Checked in
 * plain code and asserted once: millions of expect() calls would take longer than the detector.
 */
function expectSound(input: string, detections: Detection[], skipPrefix = 0) {
  const problems: string[] = [];
  const lastEnd = new Map<string, number>();
  for (const detection of detections) {
    const { kind, start, end, text, score, reason } = detection;
    if (!KINDS.has(kind)) problems.push(`unknown kind ${kind}`);
    if (!(start >= skipPrefix && end > start && end <= input.length))
      problems.push(`bad range ${start}-${end}`);
    if (text !== input.slice(start, end))
      problems.push(`text ${JSON.stringify(text)} is not the slice at ${start}`);
    if (splitsPair(input, start) || splitsPair(input, end)) problems.push(`half an emoji at ${start}-${end}`);
    if (!(score >= 0 && score <= 1) || reason.length === 0)
      problems.push(`score ${score} or reason "${reason}"`);
    if (start < (lastEnd.get(kind) ?? 0)) problems.push(`${kind} overlaps the previous one at ${start}`);
    lastEnd.set(kind, end);
  }
  expect(problems.slice(0, 5)).toEqual([]);
  expect(() => JSON.stringify(detections)).not.toThrow();
}

/** True when `index` falls between the two halves of a surrogate pair (inside an emoji). */
function splitsPair(input: string, index: number): boolean {
  const before = input.charCodeAt(index - 1);
  const after = input.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const PIECES = [
  "Kim Jong-un",
  "said",
  "Friday",
  "the previous day",
  "9",
  "nine",
  "people",
  "were killed",
  "wounded",
  "“",
  "”",
  '"',
  "«",
  "»",
  "’s",
  ".",
  ",",
  "\n",
  " ",
  "  ",
  "May 28",
  "Nov.",
  "1",
  "2,400",
  "$52 million",
  "percent",
  "😀",
  "🔥",
  "김정은",
  "(한서연)",
  "Дмитрий Соколов",
  "according to",
  "the",
  "KCNA",
  "(KCNA)",
  "told reporters",
  "last week",
  "early August",
  "10:15 p.m.",
  "on",
  "loss of",
  "lives",
  "\u0301",
  "\uFEFF",
  "\t",
  "528th",
  "Regiment",
  "of",
  "He",
];

describe("detectClaims on bad input", () => {
  it("returns nothing for empty text, whitespace, punctuation and text without sentences", () => {
    expect(detectClaims("")).toEqual([]);
    expect(detectClaims(" \n\t\n ")).toEqual([]);
    expect(detectClaims("!!! ??? ... ——— “”“”")).toEqual([]);
    const words = "word ".repeat(10_000);
    expect(detectClaims(words)).toEqual([]);
  });

  it("keeps UTF-16 offsets right after emoji and astral characters", () => {
    const input = "😀🔥🎉 Kim Jong-un said 9 people were killed in 김정은’s 🏆 “first” 😔 report.";
    const detections = detectClaims(input, { publishedAt: SAMPLE_DAY });
    expectSound(input, detections);
    expect(detections.find((item) => item.kind === "entity")).toMatchObject({
      start: 7,
      end: 18,
      text: "Kim Jong-un",
    });
    expect(detections.find((item) => item.kind === "casualty")?.text).toBe("9 people were killed");
    expect(detections.find((item) => item.kind === "quote")?.text).toBe("“first”");
  });

  it("survives unbalanced quotation marks and mixed scripts", () => {
    const input =
      '“Open and never closed. "Straight too. Дмитрий Соколов said «half. ” Stray closer. 권혁진 (권혁진) said.';
    expectSound(input, detectClaims(input));
  });

  it("finishes 5 MB of articles and 5 MB without a single sentence break within seconds", () => {
    const articles = SAMPLE.repeat(Math.ceil(5_000_000 / SAMPLE.length));
    let started = performance.now();
    const found = detectClaims(articles, { publishedAt: SAMPLE_DAY });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(found.length).toBeGreaterThan(50_000);
    const run = "😀 Kim 9 people were killed “x” the previous day May ".repeat(100_000);
    started = performance.now();
    expectSound(run, detectClaims(run, { publishedAt: SAMPLE_DAY }));
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);

  it("reports sound detections for any mix of article fragments", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }),
        fc.boolean(),
        (pieces, withDate) => {
          const input = pieces.join("");
          expectSound(input, detectClaims(input, withDate ? { publishedAt: SAMPLE_DAY } : {}));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reports sound detections for arbitrary Unicode, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (input) => {
        const detections = detectClaims(input, { publishedAt: SAMPLE_DAY });
        for (const detection of detections)
          expect(detection.text).toBe(input.slice(detection.start, detection.end));
        expect(
          detections.every((item) => item.start >= 0 && item.start < item.end && item.end <= input.length),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("finds in a body after a skipped header exactly what it finds in the body alone, shifted", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        (headerPieces, bodyPieces) => {
          const header = `${headerPieces.join("").replace(/\n/g, " ")}\n`;
          const body = bodyPieces.join("");
          const shifted = detectClaims(header + body, { skipPrefix: header.length }).map((item) => ({
            ...item,
            start: item.start - header.length,
            end: item.end - header.length,
          }));
          expect(shifted).toEqual(detectClaims(body));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives the same answer twice and clamps a skip beyond the text", () => {
    const options = detectOptionsFor(SAMPLE);
    expect(detectClaims(SAMPLE, options)).toEqual(detectClaims(SAMPLE, options));
    expect(detectClaims("Kim said 9 people died.", { skipPrefix: 1_000 })).toEqual([]);
    expect(
      detectClaims("Kim said 9 people died.", { skipPrefix: -5, publishedAt: new Date(Number.NaN) }).length,
    ).toBeGreaterThan(0);
  });
});
