import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** A fresh workspace with one member of `role`, as the session would describe them. */
export async function createWorkspaceMember(
  prisma: PrismaClient,
  role: Role = "EDITOR",
): Promise<SessionUser> {
  const suffix = randomUUID().slice(0, 8);
  const workspace = await prisma.workspace.create({
    data: { slug: `desk-${suffix}`, name: `Desk ${suffix}` },
    select: { id: true, slug: true, name: true },
  });
  const user = await prisma.user.create({
    data: {
      email: `editor-${suffix}@desk.example`,
      name: `Editor ${suffix}`,
      memberships: { create: { workspaceId: workspace.id, role } },
    },
    select: { id: true, email: true, name: true },
  });
  return { ...user, workspace, role };
}
