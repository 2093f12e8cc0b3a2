import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/db";
import { type ArticleProgress, findArticleProgress } from "./article-progress";
import { findVerdictDistribution, type VerdictDistribution } from "./verdict-distribution";
import { findWorkload, type Workload } from "./workload";

/** Everything the workspace dashboard shows, for the user's active workspace only. */
export type Dashboard = {
  articles: ArticleProgress[];
  articleTotal: number;
  verdicts: VerdictDistribution;
  workload: Workload;
  /** The moment "overdue" was measured against. */
  now: Date;
};

export async function getDashboard(options: {
  user: Pick<SessionUser, "workspace">;
  now?: Date;
  prisma?: PrismaClient;
}): Promise<Dashboard> {
  const { prisma, now = new Date() } = options;
  const workspaceId = options.user.workspace.id;
  const [progress, verdicts, workload] = await Promise.all([
    findArticleProgress({ workspaceId, now, prisma }),
    findVerdictDistribution({ workspaceId, prisma }),
    findWorkload({ workspaceId, now, prisma }),
  ]);
  return { articles: progress.items, articleTotal: progress.total, verdicts, workload, now };
}
