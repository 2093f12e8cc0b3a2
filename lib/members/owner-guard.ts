import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Refuses to leave a workspace without an owner. Runs inside the transaction
 * that demotes or removes `membershipId`, after locking the workspace's
 * owner rows, so two owners cannot demote each other at the same moment.
 */
export async function assertAnotherOwnerRemains(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  membershipId: string,
): Promise<void> {
  const owners = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND role = 'OWNER' FOR UPDATE`;
  if (owners.every((owner) => owner.id === membershipId)) {
    throw new AppError("CONFLICT", "A workspace needs at least one owner. Make someone else an owner first.");
  }
}
