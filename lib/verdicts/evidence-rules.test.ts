// Protects: a verdict stands only on the evidence and words the newsroom's rules ask for.
import { describe, expect, it } from "vitest";
import type { Stance, Verdict } from "@/lib/generated/prisma/enums";
import { describeMissing, missingForVerdict } from "./evidence-rules";

const RATIONALE = "Two independent sources agree.";

function missing(verdict: Verdict, stances: Stance[] = [], rationale = RATIONALE, attempts?: string) {
  return missingForVerdict({ verdict, rationale, attempts, stances });
}

describe("missingForVerdict", () => {
  it("asks nothing of unreviewed", () => {
    expect(missing("UNREVIEWED", [], "")).toEqual([]);
  });

  it.each<Verdict>(["VERIFIED", "MOSTLY_ACCURATE", "MISLEADING", "DISPUTED", "FALSE", "UNVERIFIABLE"])(
    "%s needs a rationale that is more than spaces",
    (verdict) => {
      expect(missing(verdict, ["SUPPORTS", "REFUTES"], "   ", "Called the ministry")).toEqual([
        "a rationale explaining the verdict",
      ]);
    },
  );

  it.each<Verdict>(["VERIFIED", "MOSTLY_ACCURATE"])("%s needs a supporting source", (verdict) => {
    expect(missing(verdict, ["REFUTES", "CONTEXT"])).toEqual([
      "at least one source attached as supporting evidence",
    ]);
    expect(missing(verdict, ["CONTEXT", "SUPPORTS"])).toEqual([]);
  });

  it.each<Verdict>(["FALSE", "DISPUTED"])("%s needs a refuting source", (verdict) => {
    expect(missing(verdict, ["SUPPORTS"])).toEqual(["at least one source attached as refuting evidence"]);
    expect(missing(verdict, ["REFUTES"])).toEqual([]);
  });

  it("unverifiable needs a note of what was tried, and no source", () => {
    expect(missing("UNVERIFIABLE", [], RATIONALE, " ")).toEqual(["a note of what was tried to verify it"]);
    expect(missing("UNVERIFIABLE", [], RATIONALE, "Called the regional office twice")).toEqual([]);
  });

  it("misleading needs only a rationale", () => {
    expect(missing("MISLEADING", [])).toEqual([]);
  });

  it("lists everything missing at once", () => {
    expect(missing("VERIFIED", [], "")).toEqual([
      "a rationale explaining the verdict",
      "at least one source attached as supporting evidence",
    ]);
  });
});

describe("describeMissing", () => {
  it("names the verdict and joins what is missing into one sentence", () => {
    expect(describeMissing("Verified", ["a rationale", "a source"])).toBe(
      "“Verified” needs a rationale and a source.",
    );
    expect(describeMissing("False", ["a", "b", "c"])).toBe("“False” needs a, b and c.");
    expect(describeMissing("False", ["a source"])).toBe("“False” needs a source.");
  });
});
