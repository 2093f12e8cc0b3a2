import { defineAction } from "@/lib/actions/define-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { SOURCE_SUMMARY_SELECT, type SourceSummary, toSourceSummary } from "@/lib/claims/claim-detail";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceType } from "@/lib/generated/prisma/enums";
import { ZSearchSourcesInput } from "./schemas";

export type FindSourcesOptions = {
  user: Pick<SessionUser, "workspace">;
  /** Words found in the title, publisher or URL, ignoring case. */
  query?: string;
  type?: SourceType;
  limit?: number;
};

/** A row of the source library. */
export type SourceListItem = SourceSummary & {
  /** How many claims cite the source as evidence (a claim citing it twice counts once). */
  claimCount: number;
  updatedAt: Date;
};

function sourceWhere(options: FindSourcesOptions): Prisma.SourceWhereInput {
  const query = options.query?.trim();
  const contains = (field: "title" | "publisher" | "url") => ({
    [field]: { contains: query, mode: "insensitive" as const },
  });
  return {
    workspaceId: options.user.workspace.id,
    ...(options.type ? { type: options.type } : {}),
    ...(query ? { OR: [contains("title"), contains("publisher"), contains("url")] } : {}),
  };
}

/** The workspace's sources matching a search, by title, with how many claims cite each. */
export async function findSources(options: FindSourcesOptions): Promise<SourceListItem[]> {
  const prisma = getPrisma();
  const sources = await prisma.source.findMany({
    where: sourceWhere(options),
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: options.limit ?? 100,
    select: { ...SOURCE_SUMMARY_SELECT, updatedAt: true },
  });
  const pairs = await prisma.evidence.groupBy({
    by: ["sourceId", "claimId"],
    where: { sourceId: { in: sources.map((source) => source.id) } },
  });
  const counts = new Map<string, number>();
  for (const pair of pairs) counts.set(pair.sourceId, (counts.get(pair.sourceId) ?? 0) + 1);
  return sources.map(({ updatedAt, ...source }) => ({
    ...toSourceSummary(source),
    updatedAt,
    claimCount: counts.get(source.id) ?? 0,
  }));
}

/** Finds library sources for the evidence form's picker. */
export const searchSources = defineAction({
  name: "sources.search",
  permission: "read",
  input: ZSearchSourcesInput,
  run: async ({ user, input }): Promise<SourceSummary[]> => {
    const sources = await getPrisma().source.findMany({
      where: sourceWhere({ user, query: input.query, type: input.type }),
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: SOURCE_SUMMARY_SELECT,
    });
    return sources.map(toSourceSummary);
  },
});
