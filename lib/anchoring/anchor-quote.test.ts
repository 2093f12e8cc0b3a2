// Protects: a claim stays on its words through new versions, and is orphaned rather than moved onto other words.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainTextFromParagraphs } from "@/lib/articles/document";
import { parseWireArticle } from "@/lib/articles/wire-format";
import { anchorQuote } from "./anchor-quote";
import { describeQuote } from "./selectors";

const sample = plainTextFromParagraphs(
  parseWireArticle(
    fs.readFileSync(path.join(__dirname, "../../prisma/seed-data/kursk-casualties.txt"), "utf8"),
  ).paragraphs,
);
const quoteOf = (text: string, words: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  return describeQuote(text, start, start + words.length);
};

describe("anchorQuote on the sample article", () => {
  const nineLives = quoteOf(sample, "nine lives");

  it("finds an unchanged claim where it was", () => {
    expect(anchorQuote(sample, nineLives)).toEqual({
      status: "anchored",
      start: nineLives.start,
      end: nineLives.end,
      method: "POSITION",
      score: 1,
    });
  });

  it("follows the quote when text before it grows", () => {
    const revised = `BREAKING: ${sample}`;
    const result = anchorQuote(revised, nineLives);
    expect(result).toMatchObject({ status: "anchored", method: "QUOTE", start: nineLives.start + 10 });
  });

  it("re-anchors an edited quote approximately, with a lower score", () => {
    const revised = sample.replace(
      "heartrending loss of nine lives",
      "heartrending loss of nine soldiers' lives",
    );
    const quote = quoteOf(sample, "the heartrending loss of nine lives");
    const result = anchorQuote(revised, quote);
    expect(result.status).toBe("anchored");
    if (result.status !== "anchored") return;
    expect(result.method).toBe("FUZZY");
    expect(result.score).toBeLessThan(1);
    expect(revised.slice(result.start, result.end)).toMatch(/^the heartrending loss of nine soldiers' lives/);
  });

  it("orphans a deleted quote instead of moving it to the same words elsewhere", () => {
    // "Kursk region" occurs several times; delete the first paragraph's occurrence with its sentence.
    const quote = quoteOf(sample, "Russia’s Kursk region");
    const revised = sample.replace(
      /had returned safely, marking a rare public acknowledgment/,
      "had returned safely, a rare acknowledgment",
    );
    const withoutQuote = revised.replace("deployed to Russia’s Kursk region ", "");
    expect(withoutQuote).not.toBe(revised);
    expect(anchorQuote(withoutQuote, quote).status).toBe("orphaned");
  });

  it("tells repeated quotes apart by their context", () => {
    const second = quoteOf(sample, "Kursk", 2);
    const result = anchorQuote(`Intro. ${sample}`, second);
    expect(result).toMatchObject({ status: "anchored", start: second.start + 7 });
  });

  it("orphans an empty quote", () => {
    expect(anchorQuote(sample, { exact: "", prefix: "", suffix: "", start: 0, end: 0 }).status).toBe(
      "orphaned",
    );
  });
});

describe("describeQuote", () => {
  it("keeps 32 characters of context, fewer at the edges", () => {
    const quote = describeQuote("abc def ghi", 4, 7);
    expect(quote).toEqual({ exact: "def", prefix: "abc ", suffix: " ghi", start: 4, end: 7 });
    expect(quoteOf(sample, "nine lives").prefix).toHaveLength(32);
  });

  it.each([
    [5, 5],
    [-1, 3],
    [3, 1000],
    [1.5, 3],
  ])("refuses the range %d–%d", (start, end) => {
    expect(() => describeQuote("abc def ghi", start, end)).toThrow(RangeError);
  });
});
