import { z } from "zod";

const ZId = z.string().min(1).max(64);
const ZRevision = z
  .number({ message: "Reload: the edit does not say which revision it started from." })
  .int()
  .min(0);
const ZAssigneeId = ZId.nullable();

/**
 * A due day ("2025-12-14", as a date input gives it) or an exact ISO time.
 * A day is due until its end in UTC, so "overdue" (dueAt < now) starts the day after.
 */
export const ZDueAt = z
  .union(
    [z.iso.date(), z.iso.datetime({ offset: true })],
    "Give the due date as a day (YYYY-MM-DD), or leave it empty.",
  )
  .transform((value) => new Date(value.length === 10 ? `${value}T23:59:59.999Z` : value))
  .nullable();

export const ZAssignClaimInput = z.object({ claimId: ZId, revision: ZRevision, assigneeId: ZAssigneeId });
export const ZAssignArticleInput = z.object({
  articleId: ZId,
  revision: ZRevision,
  assigneeId: ZAssigneeId,
  dueAt: ZDueAt,
});
