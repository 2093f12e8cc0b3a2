import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VersionOrigin } from "@/lib/generated/prisma/enums";
import { documentFromParagraphs, plainTextFromParagraphs } from "./document";

export type CreateArticleOptions = {
  prisma: PrismaClient;
  workspaceId: string;
  createdById: string;
  title: string;
  paragraphs: string[];
  origin: VersionOrigin;
  outlet?: string | null;
  url?: string | null;
  byline?: string | null;
  language?: string | null;
  publishedAt?: Date | null;
  sourceUpdatedAt?: Date | null;
};

/** Creates an article with its first version, and the audit entry, in one transaction. */
export async function createArticle(
  options: CreateArticleOptions,
): Promise<{ id: string; versionId: string }> {
  const { prisma, workspaceId, createdById, title, paragraphs, origin } = options;
  const plainText = plainTextFromParagraphs(paragraphs);
  const metadata = {
    outlet: options.outlet ?? null,
    url: options.url ?? null,
    byline: options.byline ?? null,
    language: options.language ?? null,
    publishedAt: options.publishedAt ?? null,
    sourceUpdatedAt: options.sourceUpdatedAt ?? null,
  };
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: { workspaceId, createdById, title, ...metadata },
      select: { id: true },
    });
    const version = await tx.articleVersion.create({
      data: {
        articleId: article.id,
        number: 1,
        title,
        plainText,
        // ArticleDocument is JSON by construction; its interfaces just lack Prisma's index signature.
        document: documentFromParagraphs(paragraphs) as unknown as Prisma.InputJsonValue,
        contentHash: createHash("sha256").update(plainText).digest("hex"),
        origin,
        publishedAt: metadata.publishedAt,
        sourceUpdatedAt: metadata.sourceUpdatedAt,
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
      action: "article.created",
      after: { title, versionId: version.id, origin },
    });
    return { id: article.id, versionId: version.id };
  });
}
