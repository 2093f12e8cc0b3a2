import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Inside a transaction: a claim of the workspace (with its article), or NOT_FOUND. */
export async function findClaimOrThrow(tx: Prisma.TransactionClient, workspaceId: string, claimId: string) {
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
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim was not found in this workspace.");
  return claim;
}
