import type { Stance, Verdict } from "@/lib/generated/prisma/enums";

/** What a verdict is decided on: its words and the claim's evidence at that moment. */
export type VerdictBasis = {
  verdict: Verdict;
  rationale: string | null | undefined;
  /** What was tried before calling the claim unverifiable. */
  attempts: string | null | undefined;
  stances: readonly Stance[];
};

const NEEDS_SUPPORT: readonly Verdict[] = ["VERIFIED", "MOSTLY_ACCURATE"];
const NEEDS_REFUTATION: readonly Verdict[] = ["FALSE", "DISPUTED"];

/**
 * The newsroom's evidence rules, as messages saying what is missing (empty
 * when the verdict may stand). The server checks them when a verdict is set
 * and when evidence is removed from a claim whose verdict rests on it.
 * - every verdict except unreviewed needs a rationale;
 * - verified and mostly accurate need at least one supporting source;
 * - false and disputed need at least one refuting source;
 * - unverifiable needs a note of what was tried.
 */
export function missingForVerdict(basis: VerdictBasis): string[] {
  if (basis.verdict === "UNREVIEWED") return [];
  const missing: string[] = [];
  if (!basis.rationale?.trim()) missing.push("a rationale explaining the verdict");
  if (NEEDS_SUPPORT.includes(basis.verdict) && !basis.stances.includes("SUPPORTS")) {
    missing.push("at least one source attached as supporting evidence");
  }
  if (NEEDS_REFUTATION.includes(basis.verdict) && !basis.stances.includes("REFUTES")) {
    missing.push("at least one source attached as refuting evidence");
  }
  if (basis.verdict === "UNVERIFIABLE" && !basis.attempts?.trim()) {
    missing.push("a note of what was tried to verify it");
  }
  return missing;
}

/** One sentence for a refused verdict: "Verified needs a rationale … and at least one …". */
export function describeMissing(verdictLabel: string, missing: readonly string[]): string {
  const list =
    missing.length <= 1 ? missing.join("") : `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
  return `“${verdictLabel}” needs ${list}.`;
}
