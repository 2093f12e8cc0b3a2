import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import type { ReviewStatus, VersionOrigin } from "@/lib/generated/prisma/enums";
import type { ArticleDocument } from "./document";
import { ZArticleId } from "./schemas";
import { findVersionSummaries, type VersionSummary } from "./version-summaries";

export type ArticleReadingView = {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: Date | null;
  sourceUpdatedAt: Date | null;
  status: ReviewStatus;
  /** Optimistic concurrency for review actions: they carry the revision the page showed. */
  revision: number;
  /** Who approved `approvedVersionNumber`, when, and an owner's reason for overriding the two-person rule. */
  signedOffByName: string | null;
  signedOffAt: Date | null;
  signOffOverride: string | null;
  /** The last approved version; it stays recorded when review reopens. */
  approvedVersionNumber: number | null;
  assignee: { id: string; name: string } | null;
  /** When the assigned review is due. */
  dueAt: Date | null;
  /** The version shown: the current one unless an earlier one was asked for. */
  version: { id: string; number: number; createdAt: Date; origin: VersionOrigin };
  isCurrentVersion: boolean;
  currentVersionNumber: number;
  versionCount: number;
  /** Every version, newest first, for the history. */
  versions: VersionSummary[];
  document: ArticleDocument;
};

export type GetArticleOptions = {
  user: Pick<SessionUser, "workspace">;
  articleId: string;
  /** An earlier version to read; the current one when absent. */
  versionNumber?: number;
};

/**
 * An article of the user's workspace with one of its versions (the current
 * one by default), or null. An article of another workspace is null too:
 * its existence is never revealed. Earlier versions read with their own
 * title and times; outlet and byline are the article's.
 */
export async function getArticleForReading({
  user,
  articleId,
  versionNumber,
}: GetArticleOptions): Promise<ArticleReadingView | null> {
  if (!ZArticleId.safeParse(articleId).success) return null;
  const article = await getPrisma().article.findFirst({
    where: { id: articleId, workspaceId: user.workspace.id },
    select: {
      id: true,
      title: true,
      outlet: true,
      byline: true,
      url: true,
      publishedAt: true,
      sourceUpdatedAt: true,
      status: true,
      revision: true,
      signedOffAt: true,
      signOffOverride: true,
      signedOffBy: { select: { name: true } },
      approvedVersion: { select: { number: true } },
      assignee: { select: { id: true, name: true } },
      dueAt: true,
      currentVersion: { select: { id: true, number: true } },
    },
  });
  if (!article?.currentVersion) return null;
  const number = versionNumber ?? article.currentVersion.number;
  const version = await getPrisma().articleVersion.findUnique({
    where: { articleId_number: { articleId, number } },
    select: {
      id: true,
      number: true,
      title: true,
      createdAt: true,
      origin: true,
      publishedAt: true,
      sourceUpdatedAt: true,
      document: true,
    },
  });
  if (!version) return null;
  const versions = await findVersionSummaries({ articleId });
  const { currentVersion, signedOffBy, approvedVersion, ...rest } = article;
  const isCurrentVersion = version.id === currentVersion.id;
  return {
    ...rest,
    signedOffByName: signedOffBy?.name ?? null,
    approvedVersionNumber: approvedVersion?.number ?? null,
    ...(isCurrentVersion
      ? {}
      : { title: version.title, publishedAt: version.publishedAt, sourceUpdatedAt: version.sourceUpdatedAt }),
    version: { id: version.id, number: version.number, createdAt: version.createdAt, origin: version.origin },
    isCurrentVersion,
    currentVersionNumber: currentVersion.number,
    versionCount: versions.length,
    versions,
    document: version.document as ArticleDocument,
  };
}
