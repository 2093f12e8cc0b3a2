import type { AnchorStatus, ClaimKind, Verdict } from "@/lib/generated/prisma/enums";

/** What the review workspace shows of a claim. Offsets are in the plain text of `versionId`. */
export type ClaimView = {
  id: string;
  kind: ClaimKind;
  note: string | null;
  verdict: Verdict;
  anchorStatus: AnchorStatus;
  versionId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  revision: number;
  assigneeId: string | null;
  createdAt: Date;
  createdByName: string;
};

/** The `select` that produces a ClaimView (with `toClaimView`). */
export const CLAIM_VIEW_SELECT = {
  id: true,
  kind: true,
  note: true,
  verdict: true,
  anchorStatus: true,
  versionId: true,
  quoteExact: true,
  quotePrefix: true,
  quoteSuffix: true,
  positionStart: true,
  positionEnd: true,
  revision: true,
  assigneeId: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} as const;

type SelectedClaim = {
  id: string;
  kind: ClaimKind;
  note: string | null;
  verdict: Verdict;
  anchorStatus: AnchorStatus;
  versionId: string;
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  positionStart: number;
  positionEnd: number;
  revision: number;
  assigneeId: string | null;
  createdAt: Date;
  createdBy: { name: string };
};

export function toClaimView(claim: SelectedClaim): ClaimView {
  return {
    id: claim.id,
    kind: claim.kind,
    note: claim.note,
    verdict: claim.verdict,
    anchorStatus: claim.anchorStatus,
    versionId: claim.versionId,
    exact: claim.quoteExact,
    prefix: claim.quotePrefix,
    suffix: claim.quoteSuffix,
    start: claim.positionStart,
    end: claim.positionEnd,
    revision: claim.revision,
    assigneeId: claim.assigneeId,
    createdAt: claim.createdAt,
    createdByName: claim.createdBy.name,
  };
}
