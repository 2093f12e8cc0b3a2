import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZCreateShareLinkInput, ZListShareLinksInput, ZRevokeShareLinkInput } from "./schemas";
import { SHARE_LINK_VIEW_SELECT, toShareLinkView } from "./share-link-view";
import { createShareToken } from "./token";

const DAY_MS = 24 * 60 * 60 * 1000;

async function findArticleOrThrow(tx: Prisma.TransactionClient, workspaceId: string, articleId: string) {
  const article = await tx.article.findFirst({ where: { id: articleId, workspaceId }, select: { id: true } });
  if (!article) throw new AppError("NOT_FOUND", "This article does not exist in your workspace.");
  return article;
}

/**
 * Creates a read-only link to the article's report for people outside the workspace. Editors
 * only: a link hands the report to anyone who has it. The token comes back once, here.
 */
export const createShareLink = defineAction({
  name: "shareLinks.create",
  permission: "write",
  input: ZCreateShareLinkInput,
  run: async ({ user, input }) => {
    const { token, tokenHash } = createShareToken();
    const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
    return getPrisma().$transaction(async (tx) => {
      const article = await findArticleOrThrow(tx, user.workspace.id, input.articleId);
      const link = await tx.shareLink.create({
        data: {
          workspaceId: user.workspace.id,
          articleId: article.id,
          tokenHash,
          createdById: user.id,
          expiresAt,
        },
        select: SHARE_LINK_VIEW_SELECT,
      });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Article",
        entityId: article.id,
        articleId: article.id,
        action: "article.share_link_created",
        after: {
          shareLinkId: link.id,
          expiresAt: expiresAt.toISOString(),
          expiresInDays: input.expiresInDays,
        },
      });
      return { articleId: article.id, link: toShareLinkView(link), token };
    });
  },
});

/** Ends a share link at once: its URL shows the expired page from the next request on. */
export const revokeShareLink = defineAction({
  name: "shareLinks.revoke",
  permission: "write",
  input: ZRevokeShareLinkInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const link = await tx.shareLink.findFirst({
        where: { id: input.shareLinkId, workspaceId: user.workspace.id },
        select: { id: true, articleId: true, expiresAt: true, revokedAt: true },
      });
      if (!link) throw new AppError("NOT_FOUND", "This share link does not exist in your workspace.");
      if (link.revokedAt) return { id: link.id, articleId: link.articleId, revokedAt: link.revokedAt };
      const revokedAt = new Date();
      await tx.shareLink.update({ where: { id: link.id }, data: { revokedAt } });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Article",
        entityId: link.articleId,
        articleId: link.articleId,
        action: "article.share_link_revoked",
        before: { shareLinkId: link.id, expiresAt: link.expiresAt.toISOString() },
      });
      return { id: link.id, articleId: link.articleId, revokedAt };
    }),
});

/** The article's links that still work (neither revoked nor expired), newest first. Editors only, like creating them. */
export const listShareLinks = defineAction({
  name: "shareLinks.list",
  permission: "write",
  input: ZListShareLinksInput,
  run: async ({ user, input }) => {
    const prisma = getPrisma();
    const article = await findArticleOrThrow(prisma, user.workspace.id, input.articleId);
    const links = await prisma.shareLink.findMany({
      where: {
        articleId: article.id,
        workspaceId: user.workspace.id,
        revokedAt: null,
        expiresAt: { gt: new Date() },
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: SHARE_LINK_VIEW_SELECT,
    });
    return links.map(toShareLinkView);
  },
});

export const shareLinkActions = [createShareLink, revokeShareLink, listShareLinks];
