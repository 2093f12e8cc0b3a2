import { recordAudit } from "@/lib/audit/record-audit";
import { type ReanchorSummary, reanchorClaims } from "@/lib/claims/reanchor-claims";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VersionOrigin } from "@/lib/generated/prisma/enums";
import { findReviewedClaims, reopenReviewForVersion } from "@/lib/review/reopen-on-version";
import type { ArticleFields } from "./create-article";
import { documentJson, type VersionContent } from "./version-content";

export type AddVersionData = ArticleFields & {
  workspaceId: string;
  articleId: string;
  createdById: string;
  title: string;
  origin: VersionOrigin;
  sourceName?: string;
  content: VersionContent;
};

export type AddVersionResult =
  | {
      outcome: "versionAdded";
      versionId: string;
      versionNumber: number;
      title: string;
      claims: ReanchorSummary;
    }
  | { outcome: "unchanged"; versionId: string; versionNumber: number; title: string };

/** Shown for an article that is not in the user's workspace, whether or not it exists elsewhere. */
export const ARTICLE_NOT_FOUND = "That article was not found in this workspace.";

/**
 * Inside a transaction: adds the next version of an article of the
 * workspace, makes it current, updates the article's metadata (values left
 * empty keep the article's own) and writes "article.version_added" to the
 * audit log. The article's claims move onto the new text in the same
 * transaction (lib/claims/reanchor-claims.ts): found again, or orphaned for
 * the editor to re-attach, never lost. Earlier versions are never touched. The same title and text as
 * the current version add nothing ("unchanged"). The article row is locked
 * first, so concurrent imports number their versions one after the other.
 */
export async function addVersion(
  tx: Prisma.TransactionClient,
  data: AddVersionData,
): Promise<AddVersionResult> {
  const { workspaceId, articleId, content } = data;
  const locked = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "Article" WHERE "id" = ${articleId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", ARTICLE_NOT_FOUND);
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      status: true,
      currentVersion: { select: { id: true, number: true, title: true, contentHash: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
  });
  const current = article.currentVersion;
  if (current && current.contentHash === content.contentHash && current.title === data.title) {
    return {
      outcome: "unchanged",
      versionId: current.id,
      versionNumber: current.number,
      title: current.title,
    };
  }
  const number = (article.versions[0]?.number ?? 0) + 1;
  const fields = keepWhereEmpty(data);
  const version = await tx.articleVersion.create({
    data: {
      articleId,
      number,
      title: data.title,
      plainText: content.plainText,
      document: documentJson(content.document),
      contentHash: content.contentHash,
      origin: data.origin,
      publishedAt: data.publishedAt ?? null,
      sourceUpdatedAt: data.sourceUpdatedAt ?? null,
      createdById: data.createdById,
    },
    select: { id: true },
  });
  await tx.article.update({
    where: { id: articleId },
    data: { title: data.title, ...fields, currentVersionId: version.id, revision: { increment: 1 } },
  });
  const reviewed = await findReviewedClaims(tx, articleId);
  const claims = await reanchorClaims(tx, { articleId, versionId: version.id, plainText: content.plainText });
  await recordAudit(tx, {
    workspaceId,
    actorId: data.createdById,
    entityType: "Article",
    entityId: articleId,
    articleId,
    action: "article.version_added",
    before: current ? { versionId: current.id, number: current.number, title: current.title } : undefined,
    after: {
      versionId: version.id,
      number,
      title: data.title,
      origin: data.origin,
      ...(data.sourceName ? { source: data.sourceName } : {}),
      claims,
    },
  });
  // A new text reopens review: the article's, and the verdicts of claims whose words changed.
  await reopenReviewForVersion(tx, {
    workspaceId,
    articleId,
    actorId: data.createdById,
    versionId: version.id,
    versionNumber: number,
    previousStatus: article.status,
    reviewed,
  });
  return { outcome: "versionAdded", versionId: version.id, versionNumber: number, title: data.title, claims };
}

/** Only the fields the new version supplies; Prisma leaves the others as they are. */
function keepWhereEmpty(data: ArticleFields): ArticleFields {
  const fields: ArticleFields = {};
  for (const key of ["outlet", "url", "byline", "language", "publishedAt", "sourceUpdatedAt"] as const) {
    const value = data[key];
    if (value !== null && value !== undefined) Object.assign(fields, { [key]: value });
  }
  return fields;
}
