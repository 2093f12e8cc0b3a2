import type { ClaimDetail } from "@/lib/claims/claim-detail";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { Verdict } from "@/lib/generated/prisma/enums";
import type { MemberOption } from "@/lib/members/find-member-options";

/**
 * What each part of a claim's detail panel (verdict, evidence, discussion,
 * assignment, history) gets from the panel (components/claims/detail/claim-detail-panel.tsx).
 */
export type DetailPartProps = {
  detail: ClaimDetail;
  canEdit: boolean;
  userId: string;
  members: MemberOption[];
  /**
   * Call after a write succeeded (with the claim as the server returned it,
   * when the write changed the claim row) or after a conflict: the panel
   * re-reads the detail and updates the claim in the list and highlights.
   */
  onChanged: (claim?: ClaimView) => void;
  /**
   * Bumped by the keyboard shortcut for this part (s evidence, c comment,
   * a assign, 1–7 verdict): on a change (not on mount), focus the part's
   * first input. 0 means never requested.
   */
  focusRequest: number;
};

/** The verdict part also gets the verdict the shortcut (1–7) chose. */
export type VerdictPartProps = DetailPartProps & { requestedVerdict: Verdict | null };
