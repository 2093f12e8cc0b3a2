import { z } from "zod";
import { ZClaimKind } from "@/lib/claims/schemas";

const ZId = z.string().min(1).max(64);

export const ZArticleSuggestionsInput = z.object({ articleId: ZId });
export const ZSuggestionIdInput = z.object({ suggestionId: ZId });
/** Accepting a suggestion; `kind` overrides the detected kind (the editor knows better). */
export const ZAcceptSuggestionInput = ZSuggestionIdInput.extend({ kind: ZClaimKind.optional() });
export const ZAcceptAllInput = z.object({ articleId: ZId, kind: ZClaimKind });
/** Progress of queued detection: for these articles, or (none given) the whole workspace. */
export const ZDetectionProgressInput = z.object({
  articleIds: z.array(ZId).max(500, "Ask about at most 500 articles at once.").optional(),
});
