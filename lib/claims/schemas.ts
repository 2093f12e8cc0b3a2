import { z } from "zod";

export const CLAIM_KINDS = [
  "CASUALTY_FIGURE",
  "NUMBER",
  "DATE",
  "QUOTE",
  "ATTRIBUTION",
  "ENTITY",
  "OTHER",
] as const;
export const ZClaimKind = z.enum(CLAIM_KINDS, { message: "Choose what kind of claim this is." });

const ZId = z.string().min(1).max(64);
const ZOffset = z
  .number({ message: "The selection is not valid." })
  .int()
  .min(0, "The selection is not valid.")
  .max(10_000_000);
const ZNote = z
  .string()
  .trim()
  .max(2000, "Keep the note under 2,000 characters.")
  .transform((note) => (note === "" ? null : note));

/** The longest stretch of text one claim may cover: a claim is a statement, not the article. */
export const MAX_CLAIM_LENGTH = 1000;

/**
 * A selection in the version the editor is reading. `exact` is the text the
 * browser saw there: if the server's text differs, the tab is stale.
 */
export const ZSelection = z.object({
  articleId: ZId,
  versionId: ZId,
  start: ZOffset,
  end: ZOffset,
  // Room for white space around the selection; checkSelection enforces the limit on the claim itself.
  exact: z
    .string()
    .max(
      MAX_CLAIM_LENGTH * 2,
      `A claim covers at most ${MAX_CLAIM_LENGTH.toLocaleString("en")} characters: select the statement itself.`,
    ),
});

export const ZCreateClaimInput = ZSelection.extend({ kind: ZClaimKind, note: ZNote.optional() });
export const ZUpdateClaimInput = z.object({
  claimId: ZId,
  /** The revision the editor started from; a newer one on the server is a conflict. */
  revision: z.number().int().min(0),
  kind: ZClaimKind.optional(),
  note: ZNote.optional(),
});
export const ZClaimIdInput = z.object({ claimId: ZId });
export const ZReattachClaimInput = ZSelection.omit({ articleId: true }).extend({ claimId: ZId });

export type CreateClaimInput = z.infer<typeof ZCreateClaimInput>;
