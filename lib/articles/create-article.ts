import { recordAudit } from "@/lib/audit/record-audit";
import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VersionOrigin } from "@/lib/generated/prisma/enums";
import { suggestForNewVersion } from "@/lib/suggestions/new-version";
import { type ArticleDocument, documentFromParagraphs } from "./document";
import { documentJson, type VersionContent, versionContent } from "./version-content";

/** The metadata an article and its versions carry besides the title. */
export type ArticleFields = {
  outlet?: string | null;
  url?: string | null;
  byline?: string | null;
  language?: string | null;
  publishedAt?: Date | null;
  sourceUpdatedAt?: Date | null;
};

export type CreateArticleOptions = ArticleFields & {
  prisma: PrismaClient;
  workspaceId: string;
  createdById: string;
  title: string;
  origin: VersionOrigin;
  /** Where the text came from (a file name, an address), for the audit log. */
  sourceName?: string;
} & ({ paragraphs: string[]; document?: undefined } | { document: ArticleDocument; paragraphs?: undefined });

/** Creates an article with its first version, its suggestions and the audit entry, in one transaction. */
export async function createArticle(
  options: CreateArticleOptions,
): Promise<{ id: string; versionId: string }> {
  const { prisma, paragraphs, document, ...rest } = options;
  const content = versionContent(document ?? documentFromParagraphs(paragraphs ?? []));
  return prisma.$transaction(async (tx) => {
    const created = await insertArticle(tx, { ...rest, content });
    const { plainText } = content;
    const version = { articleId: created.id, versionId: created.versionId, plainText };
    await suggestForNewVersion(tx, {}, { ...version, publishedAt: rest.publishedAt ?? null });
    return created;
  });
}

export type InsertArticleData = ArticleFields & {
  workspaceId: string;
  createdById: string;
  title: string;
  origin: VersionOrigin;
  sourceName?: string;
  content: VersionContent;
};

/** Inside a transaction: the article, its version 1 and the "article.created" audit entry. */
export async function insertArticle(
  tx: Prisma.TransactionClient,
  data: InsertArticleData,
): Promise<{ id: string; versionId: string }> {
  const { workspaceId, createdById, title, origin, content } = data;
  const fields = {
    outlet: data.outlet ?? null,
    url: data.url ?? null,
    byline: data.byline ?? null,
    language: data.language ?? null,
    publishedAt: data.publishedAt ?? null,
    sourceUpdatedAt: data.sourceUpdatedAt ?? null,
  };
  const article = await tx.article.create({
    data: { workspaceId, createdById, title, ...fields },
    select: { id: true },
  });
  const version = await tx.articleVersion.create({
    data: {
      articleId: article.id,
      number: 1,
      title,
      plainText: content.plainText,
      document: documentJson(content.document),
      contentHash: content.contentHash,
      origin,
      publishedAt: fields.publishedAt,
      sourceUpdatedAt: fields.sourceUpdatedAt,
      createdById,
    },
    select: { id: true },
  });
  await tx.article.update({ where: { id: article.id }, data: { currentVersionId: version.id } });
  await recordAudit(tx, {
    workspaceId,
    actorId: createdById,
    entityType: "Article",
    entityId: article.id,
    articleId: article.id,
    action: "article.created",
    after: { title, versionId: version.id, origin, ...(data.sourceName ? { source: data.sourceName } : {}) },
  });
  return { id: article.id, versionId: version.id };
}
