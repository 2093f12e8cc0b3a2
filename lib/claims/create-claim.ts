import { defineAction } from "@/lib/actions/define-action";
import { describeQuote } from "@/lib/anchoring/selectors";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { anchorRowColumns, claimAnchorColumns } from "./anchor-data";
import { checkSelection } from "./check-selection";
import { CLAIM_VIEW_SELECT, toClaimView } from "./claim-view";
import { assertCurrentVersion, assertReviewOpen, lockArticleForClaims } from "./lock-article";
import { ZCreateClaimInput } from "./schemas";

/**
 * An editor marks a claim on the version they are reading. It is stored with
 * W3C quote and position selectors against that version's plain text, its
 * first anchor and an audit entry, in one transaction.
 */
export const createClaim = defineAction({
  name: "claims.create",
  permission: "write",
  input: ZCreateClaimInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const article = await lockArticleForClaims(tx, user.workspace.id, input.articleId);
      assertReviewOpen(article.status);
      assertCurrentVersion(article.currentVersion, input.versionId);
      const range = checkSelection(article.currentVersion.plainText, input);
      const quote = describeQuote(article.currentVersion.plainText, range.start, range.end);
      const claim = await tx.claim.create({
        data: {
          workspaceId: user.workspace.id,
          articleId: article.id,
          originVersionId: input.versionId,
          ...claimAnchorColumns(quote, input.versionId),
          kind: input.kind,
          note: input.note ?? null,
          createdById: user.id,
          anchors: {
            create: { versionId: input.versionId, ...anchorRowColumns(quote), method: "CREATED", score: 1 },
          },
        },
        select: CLAIM_VIEW_SELECT,
      });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Claim",
        entityId: claim.id,
        articleId: article.id,
        action: "claim.created",
        after: { articleId: article.id, versionId: input.versionId, kind: input.kind, exact: quote.exact },
      });
      return toClaimView(claim);
    }),
});
