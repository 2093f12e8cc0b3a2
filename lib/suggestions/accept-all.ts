import { describeQuote, type QuoteAnchor } from "@/lib/anchoring/selectors";
import type { AuditEntry } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { anchorRowColumns, claimAnchorColumns } from "@/lib/claims/anchor-data";
import { checkSelection } from "@/lib/claims/check-selection";
import { CLAIM_VIEW_SELECT, type ClaimView, toClaimView } from "@/lib/claims/claim-view";
import { assertReviewOpen, lockArticleForClaims } from "@/lib/claims/lock-article";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { filterShown, SUGGESTION_VIEW_SELECT } from "./suggestion-view";

export type AcceptAllResult = {
  /** The claims made, in text order. */
  claims: ClaimView[];
  /** Every suggestion now ACCEPTED: those that became claims, and those a claim already covered. */
  acceptedSuggestionIds: string[];
  /** Open suggestions left as they were: their words cannot be a claim (too long, gone). */
  skipped: number;
};

// Rows per INSERT, well below PostgreSQL's 65,535 parameters.
const ROWS_PER_STATEMENT = 1_000;

/**
 * Inside a transaction: accepts every open suggestion of one kind on the article's current version,
 * as acceptSuggestion would one by one, in a few statements whatever their number (one round trip
 * per claim would hold the article lock for seconds on a long article). A suggestion whose words a
 * claim of the same kind already marks makes no second claim; it is just marked ACCEPTED.
 */
export async function acceptAllSuggestions(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  input: { articleId: string; kind: ClaimKind },
): Promise<AcceptAllResult> {
  const workspaceId = user.workspace.id;
  const article = await lockArticleForClaims(tx, workspaceId, input.articleId);
  assertReviewOpen(article.status);
  const { id: versionId, plainText } = article.currentVersion;
  const [suggestions, claims] = await Promise.all([
    tx.suggestion.findMany({
      where: { versionId, status: "OPEN" },
      orderBy: [{ start: "asc" }, { end: "asc" }],
      select: { ...SUGGESTION_VIEW_SELECT, status: true },
    }),
    tx.claim.findMany({
      where: { articleId: article.id, versionId, anchorStatus: "ANCHORED" },
      select: { kind: true, positionStart: true, positionEnd: true },
    }),
  ]);
  const ofKind = suggestions.filter((suggestion) => suggestion.kind === input.kind);
  const shown = new Set(filterShown(ofKind, claims).map((suggestion) => suggestion.id));
  const claimed = new Set(
    claims
      .filter((claim) => claim.kind === input.kind)
      .map((claim) => `${claim.positionStart}:${claim.positionEnd}`),
  );
  const accepted: string[] = [];
  const toCreate = new Map<string, { suggestionId: string; quote: QuoteAnchor; normalizedValue: unknown }>();
  let skipped = 0;
  for (const suggestion of ofKind) {
    if (!shown.has(suggestion.id)) {
      // Covered by a claim on the same words: accepted already, in effect. (A number inside a casualty figure stays open.)
      if (claimed.has(`${suggestion.start}:${suggestion.end}`)) accepted.push(suggestion.id);
      continue;
    }
    const range = selectionOf(plainText, suggestion);
    const key = range && `${range.start}:${range.end}`;
    if (!range || !key) {
      skipped++;
      continue;
    }
    accepted.push(suggestion.id);
    if (claimed.has(key) || toCreate.has(key)) continue;
    const quote = describeQuote(plainText, range.start, range.end);
    toCreate.set(key, { suggestionId: suggestion.id, quote, normalizedValue: suggestion.normalizedValue });
  }
  const created = await insertClaims(tx, user, { articleId: article.id, versionId, kind: input.kind }, [
    ...toCreate.values(),
  ]);
  await tx.suggestion.updateMany({ where: { id: { in: accepted } }, data: { status: "ACCEPTED" } });
  return { claims: created, acceptedSuggestionIds: accepted, skipped };
}

/** The suggestion's words as a claim selection (trimmed), or null when checkSelection refuses them. */
function selectionOf(plainText: string, suggestion: { start: number; end: number; text: string }) {
  try {
    return checkSelection(plainText, {
      start: suggestion.start,
      end: suggestion.end,
      exact: suggestion.text,
    });
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

type NewClaim = { suggestionId: string; quote: QuoteAnchor; normalizedValue: unknown };

/** Claims, their first anchors and their "claim.created" audit entries, in a statement per table and batch. */
async function insertClaims(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  target: { articleId: string; versionId: string; kind: ClaimKind },
  claims: NewClaim[],
): Promise<ClaimView[]> {
  const { articleId, versionId, kind } = target;
  const ids: string[] = [];
  for (let at = 0; at < claims.length; at += ROWS_PER_STATEMENT) {
    const batch = claims.slice(at, at + ROWS_PER_STATEMENT);
    const rows = await tx.claim.createManyAndReturn({
      data: batch.map(({ quote, normalizedValue }) => ({
        workspaceId: user.workspace.id,
        articleId,
        originVersionId: versionId,
        ...claimAnchorColumns(quote, versionId),
        kind,
        normalizedValue: (normalizedValue as Prisma.InputJsonValue | null) ?? Prisma.DbNull,
        createdById: user.id,
      })),
      select: { id: true, positionStart: true, positionEnd: true },
    });
    // Matched back by position (unique in the batch), not by the order RETURNING happens to use.
    const byRange = new Map(rows.map((row) => [`${row.positionStart}:${row.positionEnd}`, row.id]));
    const made = batch.map((claim) => ({
      ...claim,
      id: byRange.get(`${claim.quote.start}:${claim.quote.end}`) ?? "",
    }));
    await tx.claimAnchor.createMany({
      data: made.map(({ id, quote }) => ({
        claimId: id,
        versionId,
        ...anchorRowColumns(quote),
        method: "CREATED",
        score: 1,
      })),
    });
    const audit: AuditEntry[] = made.map(({ id, quote, suggestionId }) => ({
      workspaceId: user.workspace.id,
      actorId: user.id,
      entityType: "Claim",
      entityId: id,
      articleId,
      action: "claim.created",
      after: { articleId, versionId, kind, exact: quote.exact, suggestionId },
    }));
    await tx.auditEvent.createMany({ data: audit });
    ids.push(...made.map((claim) => claim.id));
  }
  if (ids.length === 0) return [];
  const views = await tx.claim.findMany({
    where: { id: { in: ids } },
    orderBy: { positionStart: "asc" },
    select: CLAIM_VIEW_SELECT,
  });
  return views.map(toClaimView);
}
