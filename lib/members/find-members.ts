import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type MemberListItem = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
};
export type PendingInvite = { id: string; email: string; role: Role; expiresAt: Date };

/** The active workspace's members, and (for owners, who manage them) its pending invitations. */
export async function findMembers({ user }: { user: SessionUser }) {
  const prisma = getPrisma();
  const [memberships, invites] = await Promise.all([
    prisma.membership.findMany({
      where: { workspaceId: user.workspace.id },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { id: true, role: true, user: { select: { id: true, name: true, email: true } } },
    }),
    user.role === "OWNER"
      ? prisma.invite.findMany({
          where: { workspaceId: user.workspace.id, acceptedAt: null, expiresAt: { gt: new Date() } },
          orderBy: { createdAt: "desc" },
          select: { id: true, email: true, role: true, expiresAt: true },
        })
      : Promise.resolve([]),
  ]);
  const members: MemberListItem[] = memberships.map(({ id, role, user: member }) => ({
    membershipId: id,
    userId: member.id,
    name: member.name,
    email: member.email,
    role,
  }));
  return { members, invites: invites as PendingInvite[] };
}
