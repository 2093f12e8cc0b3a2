import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import { ZArticleId } from "./schemas";
import { diffVersions, type VersionDiff } from "./version-diff";
import { findVersionSummaries, type VersionSummary } from "./version-summaries";

export type VersionComparison = {
  articleId: string;
  title: string;
  from: VersionSummary;
  to: VersionSummary;
  versions: VersionSummary[];
  diff: VersionDiff;
};

export type GetVersionComparisonOptions = {
  user: Pick<SessionUser, "workspace">;
  articleId: string;
  /** Version numbers; by default the one before the current, and the current. */
  from?: number;
  to?: number;
};

/**
 * Two versions of an article of the user's workspace and what changed
 * between them, or null when the article is not in the workspace or a
 * version does not exist. Any two versions compare, in either order.
 */
export async function getVersionComparison(
  options: GetVersionComparisonOptions,
): Promise<VersionComparison | null> {
  const { user, articleId } = options;
  if (!ZArticleId.safeParse(articleId).success) return null;
  const article = await getPrisma().article.findFirst({
    where: { id: articleId, workspaceId: user.workspace.id },
    select: { id: true, title: true, currentVersion: { select: { number: true } } },
  });
  if (!article?.currentVersion) return null;
  const to = options.to ?? article.currentVersion.number;
  const from = options.from ?? Math.max(1, to - 1);
  const texts = await getPrisma().articleVersion.findMany({
    where: { articleId, number: { in: [from, to] } },
    select: { number: true, plainText: true },
  });
  const before = texts.find((version) => version.number === from);
  const after = texts.find((version) => version.number === to);
  if (!before || !after) return null;
  const versions = await findVersionSummaries({ articleId });
  const summary = (number: number) => versions.find((version) => version.number === number);
  const fromSummary = summary(from);
  const toSummary = summary(to);
  if (!fromSummary || !toSummary) return null;
  return {
    articleId,
    title: article.title,
    from: fromSummary,
    to: toSummary,
    versions,
    diff: diffVersions(before.plainText, after.plainText),
  };
}
