import { describeQuote } from "@/lib/anchoring/selectors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { anchorRowColumns, claimAnchorColumns } from "@/lib/claims/anchor-data";
import { checkSelection } from "@/lib/claims/check-selection";
import { CLAIM_VIEW_SELECT, type ClaimView, toClaimView } from "@/lib/claims/claim-view";
import { assertCurrentVersion, assertReviewOpen, lockArticleForClaims } from "@/lib/claims/lock-article";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { findSuggestionOrThrow } from "./suggestion-view";

export type AcceptSuggestionResult = { claim: ClaimView; suggestionId: string };

/**
 * Inside a transaction: turns an open suggestion into a claim on the same words, as claims.create
 * does (the article share-locked, review open, the current version, the same selection checks,
 * selectors and first anchor, "claim.created" in the audit log, naming the suggestion), with the
 * suggestion's kind (or the editor's `kind`) and normalized value (kept when the kind is kept: a
 * casualty figure's value means nothing for a quote). The suggestion becomes ACCEPTED.
 */
export async function acceptSuggestion(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  input: { suggestionId: string; kind?: ClaimKind },
): Promise<AcceptSuggestionResult> {
  const workspaceId = user.workspace.id;
  const found = await findSuggestionOrThrow(tx, workspaceId, input.suggestionId);
  const article = await lockArticleForClaims(tx, workspaceId, found.articleId);
  assertReviewOpen(article.status);
  assertCurrentVersion(article.currentVersion, found.view.versionId);
  // The status is read again under the row lock: of two clicks on "accept", one makes a claim.
  const marked = await tx.suggestion.updateMany({
    where: { id: found.view.id, status: "OPEN" },
    data: { status: "ACCEPTED" },
  });
  if (marked.count === 0) {
    const status = found.status === "OPEN" ? "handled" : found.status.toLowerCase();
    throw new AppError(
      "CONFLICT",
      `This suggestion was already ${status}. Reload to see the article's claims.`,
    );
  }
  const { plainText } = article.currentVersion;
  const range = checkSelection(plainText, {
    start: found.view.start,
    end: found.view.end,
    exact: found.view.text,
  });
  const quote = describeQuote(plainText, range.start, range.end);
  const kind = input.kind ?? found.view.kind;
  const normalizedValue = kind === found.view.kind ? found.view.normalizedValue : null;
  const claim = await tx.claim.create({
    data: {
      workspaceId,
      articleId: article.id,
      originVersionId: found.view.versionId,
      ...claimAnchorColumns(quote, found.view.versionId),
      kind,
      normalizedValue: normalizedValue ?? Prisma.DbNull,
      createdById: user.id,
      anchors: {
        create: { versionId: found.view.versionId, ...anchorRowColumns(quote), method: "CREATED", score: 1 },
      },
    },
    select: CLAIM_VIEW_SELECT,
  });
  await recordAudit(tx, {
    workspaceId,
    actorId: user.id,
    entityType: "Claim",
    entityId: claim.id,
    articleId: article.id,
    action: "claim.created",
    after: {
      articleId: article.id,
      versionId: found.view.versionId,
      kind,
      exact: quote.exact,
      suggestionId: found.view.id,
    },
  });
  return { claim: toClaimView(claim), suggestionId: found.view.id };
}
