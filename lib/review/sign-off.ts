import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeArticleStatus } from "./change-status";
import { assertStatus, lockArticleForReview } from "./lock-article";
import {
  assertAllReviewed,
  countOpenClaims,
  findVerdictSetters,
  plural,
  type VerdictSetter,
} from "./readiness";
import { type SignOffInput, ZSignOffInput } from "./schemas";
import { readState } from "./transitions";

/**
 * Ready for sign-off → approved: approves the current version, by someone
 * who set none of the verdicts the claims carry now (two-person rule) or by
 * an owner who writes why they override it. Verdicts and claims are then
 * frozen until review reopens.
 */
export const signOff = defineAction({
  name: "review.signOff",
  permission: "write",
  input: ZSignOffInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const article = await lockArticleForReview(tx, { workspaceId: user.workspace.id, ...input });
      assertStatus(article, ["READY_FOR_SIGNOFF"], "signed off");
      assertAllReviewed(await countOpenClaims(tx, article.id), "signing off");
      const setters = await findVerdictSetters(tx, article.id);
      const override = overrideFor(user, input, setters);
      const signedOffAt = new Date();
      await changeArticleStatus(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        articleId: article.id,
        from: article.status,
        to: "APPROVED",
        data: {
          approvedVersion: { connect: { id: article.currentVersion.id } },
          signedOffBy: { connect: { id: user.id } },
          signedOffAt,
          signOffOverride: override ?? null,
        },
      });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Article",
        entityId: article.id,
        articleId: article.id,
        action: "article.signed_off",
        after: {
          versionId: article.currentVersion.id,
          versionNumber: article.currentVersion.number,
          signedOffBy: { name: user.name },
          verdictsSetBy: setters.map((setter) => ({ name: setter.name, claims: setter.claims })),
          ...(override ? { override } : {}),
        },
      });
      return readState(tx, article.id);
    }),
});

/**
 * The override reason to record, or none when the rule does not block the
 * signer (an unneeded override is ignored). Throws FORBIDDEN when it blocks.
 */
function overrideFor(user: SessionUser, input: SignOffInput, setters: VerdictSetter[]): string | undefined {
  const own = setters.find((setter) => setter.userId === user.id);
  if (!own) return undefined;
  if (!input.override) {
    throw new AppError(
      "FORBIDDEN",
      `You set verdicts on this article (${plural(own.claims, "claim")}); a second editor must sign off.`,
    );
  }
  if (user.role !== "OWNER") {
    throw new AppError(
      "FORBIDDEN",
      "Only an owner of this workspace can override the two-person rule; a second editor must sign off.",
    );
  }
  return input.override.reason;
}
