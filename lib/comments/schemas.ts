import { z } from "zod";

const ZId = z.string().min(1).max(64);

/** The longest comment: a discussion note, not a report. */
export const MAX_COMMENT_LENGTH = 5000;
/** More mentions than this in one comment is a broadcast, not a discussion. */
export const MAX_MENTIONS = 20;

export const ZAddCommentInput = z.object({
  claimId: ZId,
  body: z
    .string()
    .trim()
    .min(1, "Write a comment before posting it.")
    .max(MAX_COMMENT_LENGTH, `Keep a comment under ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters.`),
  /** The members the editor picked from the @-list; each must appear as "@Name" in the body. */
  mentionedUserIds: z
    .array(ZId)
    .max(MAX_MENTIONS, `Mention at most ${MAX_MENTIONS} people in one comment.`)
    .default([]),
});
export const ZCommentIdInput = z.object({ commentId: ZId });

export type AddCommentInput = z.infer<typeof ZAddCommentInput>;
