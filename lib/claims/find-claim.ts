import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockArticleForClaims } from "./lock-article";

/**
 * Inside a transaction: a claim of the workspace, or NOT_FOUND. Its article
 * is share-locked first (a new version, which re-anchors every claim, locks
 * it for update), and the claim is read after the lock, so no claim change
 * interleaves with re-anchoring or works from a stale status. The locked
 * article (status, current version) comes back with the claim.
 */
export async function findClaimOrThrow(tx: Prisma.TransactionClient, workspaceId: string, claimId: string) {
  const owner = await tx.claim.findFirst({
    where: { id: claimId, workspaceId },
    select: { articleId: true },
  });
  if (!owner) throw new AppError("NOT_FOUND", "That claim was not found in this workspace.");
  const article = await lockArticleForClaims(tx, workspaceId, owner.articleId);
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId },
    select: {
      id: true,
      articleId: true,
      kind: true,
      note: true,
      revision: true,
      anchorStatus: true,
      quoteExact: true,
      verdict: true,
      assigneeId: true,
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim was not found in this workspace.");
  return { ...claim, article };
}
