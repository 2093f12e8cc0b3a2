import type { PrismaClient } from "@/lib/db";

export type SignOffCandidate = { id: string; title: string; dueAt: Date | null; claimCount: number };

/**
 * Articles ready for sign-off that `userId` may sign off under the two-person
 * rule: none of their claims' current verdicts (each claim's latest decision)
 * was set by that user. One query; the soonest due first, as in the rest of the queue.
 */
export async function findSignOffCandidates(
  prisma: PrismaClient,
  options: { workspaceId: string; userId: string; limit?: number },
): Promise<SignOffCandidate[]> {
  return prisma.$queryRaw<SignOffCandidate[]>`
    SELECT a."id", a."title", a."dueAt",
      (SELECT COUNT(*)::int FROM "Claim" c WHERE c."articleId" = a."id") AS "claimCount"
    FROM "Article" a
    WHERE a."workspaceId" = ${options.workspaceId}
      AND a."status" = 'READY_FOR_SIGNOFF'
      AND NOT EXISTS (
        SELECT 1 FROM "Claim" c
        CROSS JOIN LATERAL (
          SELECT d."setById" FROM "VerdictDecision" d
          WHERE d."claimId" = c."id"
          ORDER BY d."createdAt" DESC, d."id" DESC
          LIMIT 1
        ) latest
        WHERE c."articleId" = a."id" AND latest."setById" = ${options.userId}
      )
    ORDER BY a."dueAt" ASC NULLS LAST, a."updatedAt" ASC
    LIMIT ${options.limit ?? 50}`;
}
