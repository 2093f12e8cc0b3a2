import type { TextOffsets } from "@/lib/exports/text-offsets";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { anchorDraft, type DraftAnchor } from "./anchor-draft";
import { type AnnotationDraft, clip } from "./read-annotation";
import type { UnanchoredAnnotation } from "./schemas";

/** An annotation found in the text, ready to become a claim. */
export type PlacedDraft = { draft: AnnotationDraft; anchor: DraftAnchor & { status: "anchored" } };

type ExistingClaim = { kind: ClaimKind; positionStart: number; positionEnd: number };

/**
 * Anchors every draft in the version's text (pure). Drafts that cannot be anchored are listed
 * with their quote and the reason; a draft that would repeat a claim already on the article (or
 * earlier in the file) — same words, same kind — is skipped with a notice, so importing a file
 * twice adds nothing the second time.
 */
export function placeDrafts(options: {
  drafts: AnnotationDraft[];
  text: string;
  offsets: TextOffsets;
  existing: ExistingClaim[];
}): { claims: PlacedDraft[]; unanchored: UnanchoredAnnotation[]; notices: string[] } {
  const taken = new Set(
    options.existing.map((claim) => `${claim.kind} ${claim.positionStart} ${claim.positionEnd}`),
  );
  const claims: PlacedDraft[] = [];
  const unanchored: UnanchoredAnnotation[] = [];
  const notices: string[] = [];
  for (const draft of options.drafts) {
    const anchor = anchorDraft(options.text, options.offsets, draft.target);
    if (anchor.status === "unanchored") {
      const quote = draft.target.quote ? clip(draft.target.quote.exact, 300) : null;
      unanchored.push({ name: draft.name, quote, reason: anchor.reason });
      continue;
    }
    const key = `${draft.kind} ${anchor.quote.start} ${anchor.quote.end}`;
    if (taken.has(key)) {
      notices.push(
        `${draft.name} is already a claim on this article (“${clip(anchor.quote.exact, 80)}”): skipped.`,
      );
      continue;
    }
    taken.add(key);
    claims.push({ draft, anchor });
  }
  return { claims, unanchored, notices };
}
