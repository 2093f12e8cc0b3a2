import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One line of a claim's or an article's history, as the timelines show it. */
export type TimelineEntry = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
  createdAt: Date;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

type TimelineScope = { entityType: string; entityId: string } | { articleId: string };

/**
 * The newest `limit` events of the audit log of one object (a claim, a
 * source) or of a whole article (its own events and its claims'), oldest
 * first, scoped to the workspace. Ids order events the way they were written.
 */
export async function findTimeline(
  prisma: PrismaClient | Prisma.TransactionClient,
  workspaceId: string,
  scope: TimelineScope,
  limit = 500,
): Promise<TimelineEntry[]> {
  const events = await prisma.auditEvent.findMany({
    where: { workspaceId, ...scope },
    orderBy: { id: "desc" },
    take: limit,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
  return events.reverse().map(({ id, actor, ...event }) => ({
    ...event,
    id: id.toString(),
    actorName: actor?.name ?? null,
  }));
}

/** How many events the timeline of `scope` holds in all. */
export function countTimeline(
  prisma: PrismaClient | Prisma.TransactionClient,
  workspaceId: string,
  scope: TimelineScope,
): Promise<number> {
  return prisma.auditEvent.count({ where: { workspaceId, ...scope } });
}
