import { z } from "zod";
import { VERDICT_KEYS } from "@/components/claims/labels";
import type { Verdict } from "@/lib/generated/prisma/enums";

export const MAX_RATIONALE_LENGTH = 10_000;
export const MAX_ATTEMPTS_LENGTH = 5_000;
/** The furthest any time zone is ahead of UTC: "today" somewhere on Earth is never later than this. */
const AHEAD_OF_UTC_MS = 14 * 60 * 60 * 1000;

export const ZVerdict = z.enum(VERDICT_KEYS as [Verdict, ...Verdict[]], {
  message: "Choose a verdict from the scale.",
});

/**
 * "As of": a calendar date (YYYY-MM-DD, stored as midnight UTC) or a full
 * ISO timestamp. Not in the future, allowing for the editor's time zone.
 */
export const ZAsOf = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    message: "Give the “as of” date as YYYY-MM-DD.",
  })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value))
  .refine((date) => date.getTime() <= Date.now() + AHEAD_OF_UTC_MS, {
    message: "The “as of” date cannot be in the future.",
  });

export const ZSetVerdictInput = z.object({
  claimId: z.string().min(1).max(64),
  /** The claim revision the editor started from; a newer one on the server is a conflict. */
  revision: z.number({ message: "Say which revision of the claim you edited." }).int().min(0),
  verdict: ZVerdict,
  rationale: z
    .string()
    .trim()
    .max(
      MAX_RATIONALE_LENGTH,
      `Keep the rationale under ${MAX_RATIONALE_LENGTH.toLocaleString("en")} characters.`,
    )
    .default(""),
  attempts: z
    .string()
    .trim()
    .max(
      MAX_ATTEMPTS_LENGTH,
      `Keep the note of what was tried under ${MAX_ATTEMPTS_LENGTH.toLocaleString("en")} characters.`,
    )
    .optional(),
  asOf: ZAsOf.optional(),
});

export type SetVerdictInput = z.infer<typeof ZSetVerdictInput>;
