import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findAssignee, findAssigneeName } from "./find-assignee";
import { ZAssignArticleInput } from "./schemas";

/** What the article header's assignment control shows after a change. */
export type ArticleAssignmentView = {
  id: string;
  assigneeId: string | null;
  assigneeName: string | null;
  dueAt: Date | null;
  revision: number;
};

/**
 * Assigns a whole article's review to an editor or owner (or to nobody) with
 * an optional due date. The article row is locked for update, so a status
 * change or sign-off cannot interleave, and a stale revision is a conflict.
 */
export const assignArticle = defineAction({
  name: "assignments.assignArticle",
  permission: "write",
  input: ZAssignArticleInput,
  run: async ({ user, input }): Promise<ArticleAssignmentView> =>
    getPrisma().$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "Article"
        WHERE "id" = ${input.articleId} AND "workspaceId" = ${user.workspace.id} FOR UPDATE`;
      if (locked.length === 0)
        throw new AppError("NOT_FOUND", "That article was not found in this workspace.");
      const article = await tx.article.findUniqueOrThrow({
        where: { id: input.articleId },
        select: { id: true, assigneeId: true, dueAt: true, revision: true },
      });
      if (article.revision !== input.revision) {
        throw new AppError(
          "CONFLICT",
          "Someone changed this article's assignment while you were editing. Its current one is shown; choose again.",
        );
      }
      const assignee = await findAssignee(tx, user.workspace.id, input.assigneeId);
      const updated = await tx.article.update({
        where: { id: article.id },
        data: { assigneeId: assignee?.id ?? null, dueAt: input.dueAt, revision: { increment: 1 } },
        select: { id: true, assigneeId: true, dueAt: true, revision: true },
      });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Article",
        entityId: article.id,
        articleId: article.id,
        action: "article.assigned",
        before: {
          assigneeId: article.assigneeId,
          assigneeName: await findAssigneeName(tx, article.assigneeId),
          dueAt: article.dueAt?.toISOString() ?? null,
        },
        after: {
          assigneeId: updated.assigneeId,
          assigneeName: assignee?.name ?? null,
          dueAt: updated.dueAt?.toISOString() ?? null,
        },
      });
      return { ...updated, assigneeName: assignee?.name ?? null };
    }),
});
