import { describe, expect, it } from "vitest";
import { sampleExport } from "./sample-export";

describe("sampleExport", () => {
  it("anchors every claim at its offsets, numbered in reading order, orphans last", () => {
    const data = sampleExport({ leadingText: "😀 " });
    expect(data.claims).toHaveLength(9);
    for (const claim of data.claims.filter((c) => c.anchorStatus === "ANCHORED")) {
      expect(data.version.plainText.slice(claim.start, claim.end)).toBe(claim.exact);
    }
    expect(data.claims.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(data.claims.at(-1)?.anchorStatus).toBe("ORPHANED");
    expect(data.version.plainText.includes(data.claims.at(-1)?.exact ?? "")).toBe(false);
  });

  it("spreads 1,000 claims over a text long enough for them", () => {
    const data = sampleExport({ claims: 1000 });
    expect(data.claims).toHaveLength(1000);
    const anchored = data.claims.filter((c) => c.anchorStatus === "ANCHORED");
    for (const claim of anchored)
      expect(data.version.plainText.slice(claim.start, claim.end)).toBe(claim.exact);
    expect(new Set(anchored.map((c) => c.start)).size).toBeGreaterThan(950);
  });
});
