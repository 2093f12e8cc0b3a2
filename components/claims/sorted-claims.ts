import type { ClaimView } from "@/lib/claims/claim-view";

/** Reading order: by start, the longer of two claims starting together first. */
export function sortClaims(claims: ClaimView[]): ClaimView[] {
  return [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A claim shown at once while the server stores it; replaced by the stored one. */
export function pendingClaim(
  fields: Pick<ClaimView, "kind" | "note" | "start" | "end" | "exact" | "versionId">,
): ClaimView {
  return {
    ...fields,
    id: `pending-${Date.now()}`,
    verdict: "UNREVIEWED",
    anchorStatus: "ANCHORED",
    prefix: "",
    suffix: "",
    revision: 0,
    assigneeId: null,
    createdAt: new Date(),
    createdByName: "",
  };
}
