import { getPrisma, type PrismaClient } from "@/lib/db";
import type { ReviewStatus, Role } from "@/lib/generated/prisma/enums";

/** What one person has waiting. `role` is null for someone assigned work who has since left the workspace. */
export type MemberWorkload = {
  userId: string;
  name: string;
  role: Role | null;
  /** Assigned claims still unreviewed (retired ones aside). */
  unreviewedClaims: number;
  /** Assigned articles not yet approved, and how many of them are past due. */
  openArticles: number;
  overdueArticles: number;
};

export type OverdueArticle = {
  id: string;
  title: string;
  status: ReviewStatus;
  dueAt: Date;
  assignee: { id: string; name: string } | null;
};

export type Workload = { members: MemberWorkload[]; overdue: OverdueArticle[]; overdueTotal: number };

export type FindWorkloadOptions = {
  workspaceId: string;
  now?: Date;
  overdueLimit?: number;
  prisma?: PrismaClient;
};

/**
 * Overdue articles (past due, not approved; the most overdue first) and, per member, their
 * assigned unreviewed claims and open articles, counted by the database with groupBy.
 */
export async function findWorkload(options: FindWorkloadOptions): Promise<Workload> {
  const { workspaceId, now = new Date(), overdueLimit = 20 } = options;
  const prisma = options.prisma ?? getPrisma();
  const openArticle = { workspaceId, status: { not: "APPROVED" as const } };
  const overdueWhere = { ...openArticle, dueAt: { lt: now } };
  const [claims, articles, overdueByMember, memberships, overdue, overdueTotal] = await Promise.all([
    prisma.claim.groupBy({
      by: ["assigneeId"],
      where: {
        workspaceId,
        assigneeId: { not: null },
        verdict: "UNREVIEWED",
        anchorStatus: { not: "RETIRED" },
      },
      _count: { _all: true },
    }),
    prisma.article.groupBy({
      by: ["assigneeId"],
      where: { ...openArticle, assigneeId: { not: null } },
      _count: { _all: true },
    }),
    prisma.article.groupBy({
      by: ["assigneeId"],
      where: { ...overdueWhere, assigneeId: { not: null } },
      _count: { _all: true },
    }),
    prisma.membership.findMany({
      where: { workspaceId },
      select: { role: true, user: { select: { id: true, name: true } } },
    }),
    prisma.article.findMany({
      where: overdueWhere,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: overdueLimit,
      select: {
        id: true,
        title: true,
        status: true,
        dueAt: true,
        assignee: { select: { id: true, name: true } },
      },
    }),
    prisma.article.count({ where: overdueWhere }),
  ]);
  const countOf = (groups: Array<{ assigneeId: string | null; _count: { _all: number } }>) =>
    new Map(groups.map((group) => [group.assigneeId, group._count._all]));
  const claimCounts = countOf(claims);
  const articleCounts = countOf(articles);
  const overdueCounts = countOf(overdueByMember);
  const people = new Map<string, { name: string; role: Role | null }>(
    memberships.map(({ role, user }) => [user.id, { name: user.name, role }]),
  );
  const formerIds = [...new Set([...claimCounts.keys(), ...articleCounts.keys()])].filter(
    (id): id is string => id !== null && !people.has(id),
  );
  if (formerIds.length > 0) {
    const former = await prisma.user.findMany({
      where: { id: { in: formerIds } },
      select: { id: true, name: true },
    });
    for (const user of former) people.set(user.id, { name: user.name, role: null });
  }
  const members = [...people].map(([userId, person]) => ({
    userId,
    name: person.name,
    role: person.role,
    unreviewedClaims: claimCounts.get(userId) ?? 0,
    openArticles: articleCounts.get(userId) ?? 0,
    overdueArticles: overdueCounts.get(userId) ?? 0,
  }));
  members.sort(
    (a, b) =>
      b.overdueArticles - a.overdueArticles ||
      b.unreviewedClaims + b.openArticles - (a.unreviewedClaims + a.openArticles) ||
      a.name.localeCompare(b.name),
  );
  return {
    members,
    overdue: overdue.map((article) => ({ ...article, dueAt: article.dueAt as Date })),
    overdueTotal,
  };
}
