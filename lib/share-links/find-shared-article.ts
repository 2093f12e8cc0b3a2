import { getPrisma } from "@/lib/db";
import { hashShareToken, isShareTokenShaped } from "./token";

/** What a working share link opens: one article of one workspace. */
export type SharedArticle = {
  workspace: { id: string; slug: string; name: string };
  articleId: string;
  expiresAt: Date;
};

/**
 * The article a share link's token opens, or null when the token is malformed, unknown,
 * revoked or expired (the public page says the same for all four: it must not tell a
 * guesser which tokens once existed). `now` is for tests.
 */
export async function findSharedArticle(token: string, now = new Date()): Promise<SharedArticle | null> {
  if (!isShareTokenShaped(token)) return null;
  const link = await getPrisma().shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: {
      articleId: true,
      expiresAt: true,
      revokedAt: true,
      workspace: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!link || link.revokedAt || link.expiresAt <= now) return null;
  return { workspace: link.workspace, articleId: link.articleId, expiresAt: link.expiresAt };
}
