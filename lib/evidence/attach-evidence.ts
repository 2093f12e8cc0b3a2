import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import type { EvidenceView } from "@/lib/claims/claim-detail";
import { findClaimOrThrow } from "@/lib/claims/find-claim";
import { assertReviewOpen } from "@/lib/claims/lock-article";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Stance } from "@/lib/generated/prisma/enums";
import { insertSource } from "@/lib/sources/create-source";
import { lockSourceOrThrow } from "@/lib/sources/lock-source";
import { EVIDENCE_VIEW_SELECT, toEvidenceView } from "./evidence-view";
import { ZAttachEvidenceInput } from "./schemas";

/** How a stance reads in a sentence: "attached as supporting evidence". */
export const STANCE_PHRASES: Record<Stance, string> = {
  SUPPORTS: "supporting evidence",
  REFUTES: "refuting evidence",
  CONTEXT: "context",
};

function duplicateMessage(stance: Stance): string {
  return `This source is already attached to this claim as ${STANCE_PHRASES[stance]}. Edit that entry or choose another stance.`;
}

/**
 * Attaches a source to a claim as evidence, with a stance, an excerpt and
 * when it was read. The source is one of the workspace's library, or a new
 * one added to the library in the same transaction.
 */
export const attachEvidence = defineAction({
  name: "evidence.attach",
  permission: "write",
  input: ZAttachEvidenceInput,
  run: async ({ user, input }): Promise<EvidenceView> => {
    const workspaceId = user.workspace.id;
    try {
      return await getPrisma().$transaction(async (tx) => {
        const claim = await findClaimOrThrow(tx, workspaceId, input.claimId);
        assertReviewOpen(claim.article.status);
        const source = input.newSource
          ? await insertSource(tx, { workspaceId, actorId: user.id, fields: input.newSource })
          : await lockSourceOrThrow(tx, { workspaceId, sourceId: input.sourceId ?? "", mode: "share" });
        const existing = await tx.evidence.findFirst({
          where: { claimId: claim.id, sourceId: source.id, stance: input.stance },
          select: { id: true },
        });
        if (existing) throw new AppError("CONFLICT", duplicateMessage(input.stance));
        const evidence = await tx.evidence.create({
          data: {
            claimId: claim.id,
            sourceId: source.id,
            stance: input.stance,
            excerpt: input.excerpt,
            accessedAt: input.accessedAt ?? new Date(),
            createdById: user.id,
          },
          select: EVIDENCE_VIEW_SELECT,
        });
        await recordAudit(tx, {
          workspaceId,
          actorId: user.id,
          entityType: "Claim",
          entityId: claim.id,
          articleId: claim.articleId,
          action: "claim.evidence_added",
          after: {
            evidenceId: evidence.id,
            sourceId: source.id,
            sourceTitle: source.title,
            stance: evidence.stance,
            excerpt: evidence.excerpt,
            accessedAt: evidence.accessedAt?.toISOString() ?? null,
          },
        });
        return toEvidenceView(evidence);
      });
    } catch (error) {
      // Two editors attaching the same source at once: the unique index refuses the second.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new AppError("CONFLICT", duplicateMessage(input.stance));
      }
      throw error;
    }
  },
});
