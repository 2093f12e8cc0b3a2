import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** A member as pickers show one: assignees, @mentions. */
export type MemberOption = { id: string; name: string; email: string; role: Role };

/** The active workspace's members, by name. */
export async function findMemberOptions({ user }: { user: Pick<SessionUser, "workspace"> }) {
  const memberships = await getPrisma().membership.findMany({
    where: { workspaceId: user.workspace.id },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  return memberships
    .map(({ role, user: member }): MemberOption => ({ ...member, role }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
