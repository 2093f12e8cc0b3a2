import { getPrisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type MyWorkspace = { id: string; slug: string; name: string; role: Role };

/** The workspaces a user belongs to, in the order they joined. */
export async function findMyWorkspaces({ userId }: { userId: string }): Promise<MyWorkspace[]> {
  const memberships = await getPrisma().membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true } } },
  });
  return memberships.map(({ role, workspace }) => ({ ...workspace, role }));
}
