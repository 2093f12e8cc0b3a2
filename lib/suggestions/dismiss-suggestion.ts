import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findSuggestionOrThrow } from "./suggestion-view";

/**
 * Inside a transaction: dismisses a suggestion, for its version only (a new version's suggestions are
 * its own, and open). Dismissing twice is harmless; an accepted one cannot be dismissed (delete its
 * claim instead). Written to the audit log as "suggestion.dismissed" on the article's timeline.
 */
export async function dismissSuggestion(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  input: { suggestionId: string },
): Promise<{ suggestionId: string; status: "DISMISSED" }> {
  const found = await findSuggestionOrThrow(tx, user.workspace.id, input.suggestionId);
  const result = { suggestionId: found.view.id, status: "DISMISSED" as const };
  const marked = await tx.suggestion.updateMany({
    where: { id: found.view.id, status: "OPEN" },
    data: { status: "DISMISSED" },
  });
  if (marked.count === 0) {
    const now = await tx.suggestion.findUnique({ where: { id: found.view.id }, select: { status: true } });
    if (now?.status === "DISMISSED") return result;
    throw new AppError(
      "CONFLICT",
      "This suggestion was already accepted as a claim; delete the claim instead.",
    );
  }
  const { view } = found;
  await recordAudit(tx, {
    workspaceId: user.workspace.id,
    actorId: user.id,
    entityType: "Suggestion",
    entityId: view.id,
    articleId: found.articleId,
    action: "suggestion.dismissed",
    after: { versionId: view.versionId, kind: view.kind, exact: view.text, start: view.start, end: view.end },
  });
  return result;
}
