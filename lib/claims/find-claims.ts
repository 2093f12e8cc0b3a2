import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import { CLAIM_VIEW_SELECT, type ClaimView, toClaimView } from "./claim-view";

/**
 * The claims of an article of the user's workspace, in reading order:
 * those anchored in the current version, and those that need re-anchoring
 * (orphaned). Retired claims are left out.
 */
export async function findArticleClaims(options: {
  user: Pick<SessionUser, "workspace">;
  articleId: string;
}): Promise<{ anchored: ClaimView[]; orphaned: ClaimView[] }> {
  const claims = await getPrisma().claim.findMany({
    where: {
      articleId: options.articleId,
      workspaceId: options.user.workspace.id,
      anchorStatus: { in: ["ANCHORED", "ORPHANED"] },
    },
    orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }, { createdAt: "asc" }],
    select: CLAIM_VIEW_SELECT,
  });
  const views = claims.map(toClaimView);
  return {
    anchored: views.filter((claim) => claim.anchorStatus === "ANCHORED"),
    orphaned: views.filter((claim) => claim.anchorStatus === "ORPHANED"),
  };
}
