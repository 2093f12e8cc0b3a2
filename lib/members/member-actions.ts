import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertAnotherOwnerRemains } from "./owner-guard";
import { ZChangeRoleInput, ZRemoveMemberInput } from "./schemas";

/** Inside a transaction: a membership of the workspace, or NOT_FOUND. */
async function findMemberOrThrow(tx: Prisma.TransactionClient, workspaceId: string, membershipId: string) {
  const member = await tx.membership.findFirst({
    where: { id: membershipId, workspaceId },
    select: { id: true, role: true, userId: true },
  });
  if (!member) throw new AppError("NOT_FOUND", "That member is not in this workspace.");
  return member;
}

/** An owner changes a member's role; the last owner cannot be demoted. */
export const changeMemberRole = defineAction({
  name: "members.changeRole",
  permission: "manage",
  input: ZChangeRoleInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const member = await findMemberOrThrow(tx, user.workspace.id, input.membershipId);
      if (member.role === input.role) return { id: member.id, role: member.role };
      if (member.role === "OWNER") await assertAnotherOwnerRemains(tx, user.workspace.id, member.id);
      const updated = await tx.membership.update({
        where: { id: member.id },
        data: { role: input.role },
        select: { id: true, role: true },
      });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Membership",
        entityId: member.id,
        action: "member.role_changed",
        before: { userId: member.userId, role: member.role },
        after: { userId: member.userId, role: input.role },
      });
      return updated;
    }),
});

/** An owner removes a member (their sessions lose this workspace at once); never the last owner. */
export const removeMember = defineAction({
  name: "members.remove",
  permission: "manage",
  input: ZRemoveMemberInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const member = await findMemberOrThrow(tx, user.workspace.id, input.membershipId);
      if (member.role === "OWNER") await assertAnotherOwnerRemains(tx, user.workspace.id, member.id);
      await tx.membership.delete({ where: { id: member.id } });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Membership",
        entityId: member.id,
        action: "member.removed",
        before: { userId: member.userId, role: member.role },
      });
      return { id: member.id };
    }),
});
