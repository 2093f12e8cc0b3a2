import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimKind, Verdict } from "@/lib/generated/prisma/enums";

export type ClaimFilters = {
  kind: ClaimKind | "ALL";
  verdict: Verdict | "ALL";
  assignee: "ANYONE" | "ME" | "NOBODY";
};
export const NO_FILTERS: ClaimFilters = { kind: "ALL", verdict: "ALL", assignee: "ANYONE" };

/** The claims the filters let through, in the order given (reading order). */
export function filterClaims(claims: ClaimView[], filters: ClaimFilters, userId: string): ClaimView[] {
  return claims.filter(
    (claim) =>
      (filters.kind === "ALL" || claim.kind === filters.kind) &&
      (filters.verdict === "ALL" || claim.verdict === filters.verdict) &&
      (filters.assignee === "ANYONE" ||
        (filters.assignee === "ME" ? claim.assigneeId === userId : claim.assigneeId === null)),
  );
}
