import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Inside a transaction: the member `assigneeId` names, who must be able to do
 * review work in the workspace (an owner or editor); null for "unassigned".
 */
export async function findAssignee(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  assigneeId: string | null,
): Promise<{ id: string; name: string } | null> {
  if (assigneeId === null) return null;
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: assigneeId } },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  if (!membership) {
    throw new AppError(
      "INVALID_INPUT",
      "That person is not a member of this workspace, so they cannot be assigned.",
    );
  }
  if (!can(membership.role, "write")) {
    throw new AppError(
      "INVALID_INPUT",
      `${membership.user.name} is a viewer and cannot review. Assign an editor or owner, or ask an owner to change their role.`,
    );
  }
  return membership.user;
}

/** A name for the audit log's before/after, so the timeline reads without looking anyone up. */
export async function findAssigneeName(tx: Prisma.TransactionClient, userId: string | null) {
  if (userId === null) return null;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
  return user?.name ?? null;
}
