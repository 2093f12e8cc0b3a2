import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";

/** The choices the article list's filters offer: the workspace's outlets and members. */
export type ArticleListFilters = { outlets: string[]; assignees: Array<{ id: string; name: string }> };

const MAX_OUTLETS = 200;

/** Filter choices for the user's workspace. */
export async function findArticleListFilters({
  user,
}: {
  user: Pick<SessionUser, "workspace">;
}): Promise<ArticleListFilters> {
  const workspaceId = user.workspace.id;
  const [outlets, members] = await Promise.all([
    getPrisma().article.findMany({
      where: { workspaceId, outlet: { not: null } },
      distinct: ["outlet"],
      orderBy: { outlet: "asc" },
      take: MAX_OUTLETS,
      select: { outlet: true },
    }),
    getPrisma().membership.findMany({
      where: { workspaceId },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    outlets: outlets.flatMap((row) => (row.outlet ? [row.outlet] : [])),
    assignees: members.map((member) => member.user),
  };
}
