// Protects: whatever the detector returns, stored suggestions point at real words of the version.
import { describe, expect, it } from "vitest";
import type { Detection } from "@/lib/detect/types";
import { MAX_SUGGESTIONS_PER_VERSION, toSuggestionRows } from "./suggestion-rows";

const TEXT = "Kim said 😀 nine lives were lost on Friday.";

function detection(words: string, kind: Detection["kind"], extra: Partial<Detection> = {}): Detection {
  const start = TEXT.indexOf(words);
  return {
    kind,
    start,
    end: start + words.length,
    text: words,
    normalized: null,
    score: 0.5,
    reason: "r",
    ...extra,
  };
}

describe("toSuggestionRows", () => {
  it("maps kinds to claim kinds and keeps offsets, text and normalized values", () => {
    const rows = toSuggestionRows("v1", TEXT, [
      detection("nine lives", "casualty", { normalized: { value: 9, category: "deaths" }, score: 0.9 }),
      detection("Friday", "date", { normalized: "2025-12-12" }),
      detection("Kim said", "attribution"),
    ]);
    expect(rows.map((row) => [row.kind, row.text, row.normalizedValue])).toEqual([
      ["ATTRIBUTION", "Kim said", undefined],
      ["CASUALTY_FIGURE", "nine lives", { value: 9, category: "deaths" }],
      ["DATE", "Friday", "2025-12-12"],
    ]);
    for (const row of rows) expect(TEXT.slice(row.start, row.end)).toBe(row.text);
  });

  it("drops ranges outside the text, empty or fractional, and re-reads the text from the offsets", () => {
    const rows = toSuggestionRows("v1", TEXT, [
      { ...detection("Friday", "date"), start: -1 },
      { ...detection("Friday", "date"), end: TEXT.length + 1 },
      { ...detection("Friday", "date"), end: detection("Friday", "date").start },
      { ...detection("Friday", "date"), start: 1.5 },
      { ...detection("nine lives", "number"), text: "something else" },
    ]);
    expect(rows.map((row) => row.text)).toEqual(["nine lives"]);
  });

  it("clamps scores, keeps one row per kind and range, and flattens reasons to one line", () => {
    const rows = toSuggestionRows("v1", TEXT, [
      detection("Friday", "date", { score: 7, reason: "a\n weekday" }),
      detection("Friday", "date", { score: Number.NaN }),
      detection("Friday", "entity", { score: -1 }),
    ]);
    expect(rows.map((row) => [row.kind, row.score, row.reason])).toEqual([
      ["DATE", 1, "a weekday"],
      ["ENTITY", 0, "r"],
    ]);
  });

  it("keeps the most check-worthy when there are too many", () => {
    const many = Array.from({ length: MAX_SUGGESTIONS_PER_VERSION + 10 }, (_, index) => ({
      ...detection("nine", "number"),
      start: index % 40,
      end: (index % 40) + 1 + Math.floor(index / 40),
      score: index === 0 ? 0 : 0.5,
    }));
    const text = "x".repeat(1_000);
    const rows = toSuggestionRows("v1", text, many);
    expect(rows).toHaveLength(MAX_SUGGESTIONS_PER_VERSION);
    expect(rows.some((row) => row.score === 0)).toBe(false);
  });

  it("stores half a surrogate pair as U+FFFD, as PostgreSQL stores the text, keeping offsets", () => {
    const text = "Lost: \uD83D nine lives";
    const start = text.indexOf("\uD83D");
    const [row] = toSuggestionRows("v1", text, [
      {
        kind: "number",
        start,
        end: text.length,
        text: "",
        normalized: { speaker: "\uDE00" },
        score: 1,
        reason: "\uD800",
      },
    ]);
    expect(row).toMatchObject({
      text: "\uFFFD nine lives",
      normalizedValue: { speaker: "\uFFFD" },
      reason: "\uFFFD",
    });
    expect(row?.text).toHaveLength(text.length - start);
  });
});
