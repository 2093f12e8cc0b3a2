import { describe, expect, it } from "vitest";
import { jaccard, locateLabels, rates, scoreArticle } from "./evaluate";
import type { Detection } from "./types";

const detection = (
  kind: Detection["kind"],
  start: number,
  end: number,
  normalized: unknown = null,
): Detection => ({
  kind,
  start,
  end,
  text: "",
  normalized,
  score: 0.5,
  reason: "",
});

describe("evaluation", () => {
  it("locates the n-th occurrence of a label's text", () => {
    const [first, second] = locateLabels("Kim met Kim.", [
      { kind: "entity", text: "Kim" },
      { kind: "entity", text: "Kim", occurrence: 2 },
    ]);
    expect([first?.start, second?.start]).toEqual([0, 8]);
    expect(() => locateLabels("Kim", [{ kind: "entity", text: "Kim", occurrence: 2 }])).toThrow(
      /occurrence 2/,
    );
  });

  it("matches same-kind detections overlapping at least half of their union, one to one", () => {
    expect(jaccard({ start: 0, end: 10 }, { start: 5, end: 10 })).toBe(0.5);
    const labels = locateLabels("nine lives were lost", [
      { kind: "number", text: "nine lives" },
      { kind: "casualty", text: "nine lives were lost" },
    ]);
    const score = scoreArticle(labels, [
      detection("number", 0, 4), // "nine": 4/10 of the union, too little
      detection("number", 0, 10),
      detection("number", 0, 10), // a duplicate cannot match the same label again
      detection("date", 0, 20),
    ]);
    expect(score.tallies.number).toEqual({ labels: 1, detections: 3, matched: 1 });
    expect(score.tallies.casualty).toEqual({ labels: 1, detections: 0, matched: 0 });
    expect(rates(score.tallies.number)).toEqual({ precision: 1 / 3, recall: 1 });
    expect(score.missed.map((label) => label.kind)).toEqual(["casualty"]);
  });

  it("counts a relative date as resolved only when the value equals the label's", () => {
    const labels = locateLabels("Friday and last week", [
      { kind: "date", text: "Friday", normalized: "2025-12-12", relative: true },
      {
        kind: "date",
        text: "last week",
        normalized: { start: "2025-12-01", end: "2025-12-07" },
        relative: true,
      },
    ]);
    const score = scoreArticle(labels, [
      detection("date", 0, 6, "2025-12-12"),
      detection("date", 11, 20, { start: "2025-12-01", end: "2025-12-08" }),
    ]);
    expect(score.relative).toEqual({ labels: 2, resolved: 1 });
    expect(score.wrongResolution.map((wrong) => wrong.label.text)).toEqual(["last week"]);
  });
});
