import { z } from "zod";

const ZId = z.string().min(1).max(64);
const ZRevision = z.number({ message: "Say which revision of the article you acted on." }).int().min(0);

/** The article and the revision the editor's page showed: a newer one on the server is a conflict. */
export const ZReviewTransitionInput = z.object({ articleId: ZId, revision: ZRevision });

export const MIN_OVERRIDE_REASON = 10;

export const ZSignOffInput = ZReviewTransitionInput.extend({
  /** An owner's override of the two-person rule, with the reason written into the record. */
  override: z
    .object({
      reason: z
        .string()
        .trim()
        .min(
          MIN_OVERRIDE_REASON,
          `Write why you are overriding the two-person rule (at least ${MIN_OVERRIDE_REASON} characters).`,
        )
        .max(2000, "Keep the override reason under 2,000 characters."),
    })
    .optional(),
});

export const ZReopenReviewInput = ZReviewTransitionInput.extend({
  reason: z
    .string()
    .trim()
    .max(2000, "Keep the reason under 2,000 characters.")
    .transform((reason) => (reason === "" ? undefined : reason))
    .optional(),
});

export const ZArticleIdInput = z.object({ articleId: ZId });

export type SignOffInput = z.infer<typeof ZSignOffInput>;
