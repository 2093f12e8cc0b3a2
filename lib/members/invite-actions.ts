import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createInviteToken, INVITE_LIFETIME_MS } from "./invite-token";
import { ZInviteMemberInput, ZRevokeInviteInput } from "./schemas";

/**
 * An owner invites someone by email. Returns the token once: the link is
 * shown to copy (and mailed when SMTP is configured); only its hash is kept.
 */
export const inviteMember = defineAction({
  name: "members.invite",
  permission: "manage",
  input: ZInviteMemberInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const existing = await tx.membership.findFirst({
        where: { workspaceId: user.workspace.id, user: { email: input.email } },
        select: { id: true },
      });
      if (existing) throw new AppError("CONFLICT", `${input.email} is already a member of this workspace.`);
      // Serialize invitations to one address, so the one below really replaces any pending one.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${user.workspace.id}:${input.email}`}))`;
      // A new invitation replaces any pending one for the same address.
      await tx.invite.deleteMany({
        where: { workspaceId: user.workspace.id, email: input.email, acceptedAt: null },
      });
      const { token, tokenHash } = createInviteToken();
      const invite = await tx.invite.create({
        data: {
          workspaceId: user.workspace.id,
          email: input.email,
          role: input.role,
          tokenHash,
          expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS),
          invitedById: user.id,
        },
        select: { id: true, email: true, role: true, expiresAt: true },
      });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Invite",
        entityId: invite.id,
        action: "invite.created",
        after: { email: invite.email, role: invite.role },
      });
      return { ...invite, token };
    }),
});

/** An owner withdraws a pending invitation; its link stops working. */
export const revokeInvite = defineAction({
  name: "members.revokeInvite",
  permission: "manage",
  input: ZRevokeInviteInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const invite = await tx.invite.findFirst({
        where: { id: input.inviteId, workspaceId: user.workspace.id, acceptedAt: null },
        select: { id: true, email: true, role: true },
      });
      if (!invite) throw new AppError("NOT_FOUND", "That invitation does not exist or was already used.");
      await tx.invite.delete({ where: { id: invite.id } });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Invite",
        entityId: invite.id,
        action: "invite.revoked",
        before: { email: invite.email, role: invite.role },
      });
      return { id: invite.id };
    }),
});
