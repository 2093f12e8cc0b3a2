import { z } from "zod";
import { ZSourceFields } from "@/lib/sources/schemas";

const ZId = z.string().min(1).max(64);
export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export const ZStance = z.enum(STANCES, {
  message: "Choose whether the source supports, refutes or gives context to the claim.",
});

// The latest time zone is UTC+14: a date-only "today" there is up to 14 hours ahead of UTC.
const LATEST_OFFSET_MS = 14 * 60 * 60 * 1000;
const DATE_MESSAGE = "Enter the date you accessed the source, e.g. 2025-03-14.";

/** When the source was read: a date (YYYY-MM-DD, read as UTC midnight) or an ISO time; not in the future. */
export const ZAccessedAt = z
  .string()
  .trim()
  .nullish()
  .transform((value, context) => {
    if (!value) return null;
    const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const isDateTime = /^\d{4}-\d{2}-\d{2}T/.test(value);
    const date = new Date(isDateOnly ? `${value}T00:00:00Z` : isDateTime ? value : Number.NaN);
    // new Date("2025-02-30") rolls over to March: a real date reads back as written.
    const isRealDate =
      !Number.isNaN(date.getTime()) &&
      (!isDateOnly || date.toISOString().startsWith(value)) &&
      date.getUTCFullYear() >= 1900;
    if (!isRealDate) {
      context.addIssue({ code: "custom", message: DATE_MESSAGE });
      return z.NEVER;
    }
    if (date.getTime() > Date.now() + LATEST_OFFSET_MS) {
      context.addIssue({ code: "custom", message: "The accessed date cannot be in the future." });
      return z.NEVER;
    }
    return date;
  });

export const ZAttachEvidenceInput = z
  .object({
    claimId: ZId,
    /** A source already in the workspace's library … */
    sourceId: ZId.nullish(),
    /** … or a new one, added to the library in the same transaction. */
    newSource: ZSourceFields.nullish(),
    stance: ZStance,
    excerpt: z
      .string()
      .trim()
      .max(5000, "Keep the excerpt under 5,000 characters.")
      .nullish()
      .transform((value) => value || null),
    accessedAt: ZAccessedAt,
  })
  .superRefine((input, context) => {
    if (input.sourceId && input.newSource) {
      context.addIssue({
        code: "custom",
        path: ["sourceId"],
        message: "Pick a source from the library or enter a new one, not both.",
      });
    } else if (!input.sourceId && !input.newSource) {
      context.addIssue({
        code: "custom",
        path: ["sourceId"],
        message: "Pick a source from the library or enter a new one.",
      });
    }
  });

export const ZRemoveEvidenceInput = z.object({ evidenceId: ZId });

export type AttachEvidenceInput = z.input<typeof ZAttachEvidenceInput>;
