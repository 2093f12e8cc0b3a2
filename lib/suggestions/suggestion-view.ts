import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimKind } from "@/lib/generated/prisma/enums";

/** What the review workspace shows of a suggestion. Offsets are in the plain text of `versionId`. */
export type SuggestionView = {
  id: string;
  versionId: string;
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
  normalizedValue: Prisma.JsonValue | null;
  score: number;
  reason: string;
};

/** The `select` that produces a SuggestionView. */
export const SUGGESTION_VIEW_SELECT = {
  id: true,
  versionId: true,
  kind: true,
  start: true,
  end: true,
  text: true,
  normalizedValue: true,
  score: true,
  reason: true,
} as const;

const NOT_FOUND = "That suggestion was not found in this workspace.";

/** Inside a transaction: a suggestion on an article of the workspace, with its status and article, or NOT_FOUND. */
export async function findSuggestionOrThrow(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  suggestionId: string,
) {
  const suggestion = await tx.suggestion.findFirst({
    where: { id: suggestionId, version: { article: { workspaceId } } },
    select: { ...SUGGESTION_VIEW_SELECT, status: true, version: { select: { articleId: true } } },
  });
  if (!suggestion) throw new AppError("NOT_FOUND", NOT_FOUND);
  const { version, status, ...view } = suggestion;
  return { view, status, articleId: version.articleId };
}

type Range = { kind: ClaimKind; start: number; end: number };

/**
 * The open suggestions worth showing: those not already marked as a claim of the same kind on the
 * same words, and no number inside a casualty figure ("nine lives" in "the loss of nine lives"): the
 * casualty figure is the claim to check, and accepting both would mark the same words twice.
 */
export function filterShown<T extends Range & { status: string }>(
  suggestions: T[],
  claims: Array<{ kind: ClaimKind; positionStart: number; positionEnd: number }>,
): T[] {
  const claimed = new Set(claims.map((claim) => `${claim.kind}:${claim.positionStart}:${claim.positionEnd}`));
  const casualties = suggestions.filter((suggestion) => suggestion.kind === "CASUALTY_FIGURE");
  return suggestions.filter(
    (suggestion) =>
      suggestion.status === "OPEN" &&
      !claimed.has(`${suggestion.kind}:${suggestion.start}:${suggestion.end}`) &&
      !(suggestion.kind === "NUMBER" && casualties.some((casualty) => contains(casualty, suggestion))),
  );
}

function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
