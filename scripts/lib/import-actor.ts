import type { PrismaClient } from "@/lib/db";

/** A mistake in the command line (unknown workspace, not a member …), told in one line. */
export class ImportSetupError extends Error {
  override name = "ImportSetupError";
}

export type ImportActor = {
  workspace: { id: string; name: string };
  actor: { id: string; name: string };
};

/**
 * The workspace named by `slug` and who the import is recorded as: the
 * member with `email`, who must be an editor or owner, or else the
 * workspace's first owner.
 */
export async function findImportActor(options: {
  prisma: PrismaClient;
  slug: string;
  email?: string;
}): Promise<ImportActor> {
  const { prisma, slug, email } = options;
  const workspace = await prisma.workspace.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!workspace) {
    const known = await prisma.workspace.findMany({
      select: { slug: true },
      orderBy: { slug: "asc" },
      take: 20,
    });
    const list = known.map((row) => row.slug).join(", ") || "none yet";
    throw new ImportSetupError(`No workspace has the slug "${slug}". Workspaces: ${list}.`);
  }
  const membership = await prisma.membership.findFirst({
    where: email
      ? { workspaceId: workspace.id, user: { email: email.trim().toLowerCase() } }
      : { workspaceId: workspace.id, role: "OWNER" },
    orderBy: { createdAt: "asc" },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  if (!membership) {
    throw new ImportSetupError(
      email
        ? `${email} is not a member of ${workspace.name}.`
        : `${workspace.name} has no owner to import as; use --as <email>.`,
    );
  }
  if (membership.role === "VIEWER") {
    throw new ImportSetupError(`${email} is a viewer of ${workspace.name}; viewers cannot import.`);
  }
  return { workspace, actor: membership.user };
}
