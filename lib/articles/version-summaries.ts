import { getPrisma } from "@/lib/db";
import type { VersionOrigin } from "@/lib/generated/prisma/enums";

/** One line of an article's version history. */
export type VersionSummary = {
  number: number;
  title: string;
  origin: VersionOrigin;
  createdAt: Date;
  createdBy: string;
  publishedAt: Date | null;
  sourceUpdatedAt: Date | null;
};

/**
 * The versions of an article, newest first. The caller has already found
 * the article in the user's workspace: this takes its id, not a user.
 */
export async function findVersionSummaries({ articleId }: { articleId: string }): Promise<VersionSummary[]> {
  const versions = await getPrisma().articleVersion.findMany({
    where: { articleId },
    orderBy: { number: "desc" },
    select: {
      number: true,
      title: true,
      origin: true,
      createdAt: true,
      publishedAt: true,
      sourceUpdatedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return versions.map(({ createdBy, ...version }) => ({ ...version, createdBy: createdBy.name }));
}
