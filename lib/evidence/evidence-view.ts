import { type EvidenceView, SOURCE_SUMMARY_SELECT, toSourceSummary } from "@/lib/claims/claim-detail";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The `select` that produces an EvidenceView (with `toEvidenceView`), as the claim detail shows it. */
export const EVIDENCE_VIEW_SELECT = {
  id: true,
  stance: true,
  excerpt: true,
  accessedAt: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  source: { select: SOURCE_SUMMARY_SELECT },
} as const satisfies Prisma.EvidenceSelect;

type SelectedEvidence = Prisma.EvidenceGetPayload<{ select: typeof EVIDENCE_VIEW_SELECT }>;

export function toEvidenceView({ createdBy, source, ...evidence }: SelectedEvidence): EvidenceView {
  return { ...evidence, createdByName: createdBy.name, source: toSourceSummary(source) };
}
