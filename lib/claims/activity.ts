import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ClaimView } from "./claim-view";
import { findArticleClaims } from "./find-claims";

const ZActivityInput = z.object({
  articleId: z.string().min(1).max(64),
  /** The stamp the page last saw; absent on the first call. */
  since: z
    .string()
    .regex(/^\d{1,20}$/, "The change stamp is not valid.")
    .optional(),
});

export type ArticleActivity = {
  /** The newest audit event of the article: every change to it or its claims writes one. */
  stamp: string;
  /** The article's claims, only when something changed since `since`. */
  claims?: { anchored: ClaimView[]; orphaned: ClaimView[] };
};

/**
 * What the open article page polls to show other editors' changes without a
 * reload: one indexed read when nothing changed, the claims when something did.
 */
export const readArticleActivity = defineAction({
  name: "claims.activity",
  permission: "read",
  input: ZActivityInput,
  run: async ({ user, input }): Promise<ArticleActivity> => {
    const prisma = getPrisma();
    const workspaceId = user.workspace.id;
    const [article, stamp] = await Promise.all([
      prisma.article.findFirst({ where: { id: input.articleId, workspaceId }, select: { id: true } }),
      findArticleStamp(workspaceId, input.articleId),
    ]);
    if (!article) throw new AppError("NOT_FOUND", "That article was not found in this workspace.");
    if (stamp === input.since) return { stamp };
    return { stamp, claims: await findArticleClaims({ user, articleId: article.id }) };
  },
});

/** The article's change stamp (see ArticleActivity.stamp); the page starts polling from it. */
export async function findArticleStamp(workspaceId: string, articleId: string): Promise<string> {
  const latest = await getPrisma().auditEvent.aggregate({
    where: { workspaceId, articleId },
    _max: { id: true },
  });
  return (latest._max.id ?? 0n).toString();
}
