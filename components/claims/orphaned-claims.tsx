"use client";

import { Button } from "@/components/ui/button";
import type { ClaimView } from "@/lib/claims/claim-view";
import { KIND_LABELS } from "./labels";

type OrphanedClaimsProps = {
  claims: ClaimView[];
  canEdit: boolean;
  hasSelection: boolean;
  onReattach: (claim: ClaimView) => void;
  onRetire: (claim: ClaimView) => void;
  error: string | null;
};

/**
 * Claims that could not be found with confidence in this version. They are
 * never deleted or moved silently: the editor sees the words they were on
 * and re-attaches each to a new selection, or retires it.
 */
export function OrphanedClaims({
  claims,
  canEdit,
  hasSelection,
  onReattach,
  onRetire,
  error,
}: OrphanedClaimsProps) {
  if (claims.length === 0) return null;
  return (
    <section
      aria-labelledby="orphaned-heading"
      className="flex flex-col gap-2 rounded-md border border-dashed p-3"
    >
      <h3 id="orphaned-heading" className="font-semibold text-sm">
        Needs re-anchoring ({claims.length})
      </h3>
      <p className="text-muted-foreground text-xs">
        These claims’ words changed in this version. Select the matching text in the article, then re-attach.
      </p>
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
      <ul className="flex flex-col gap-2">
        {claims.map((claim) => (
          <li key={claim.id} data-orphaned-claim={claim.id} className="flex flex-col gap-2 text-sm">
            <span className="font-medium">{KIND_LABELS[claim.kind]}</span>
            <q className="text-muted-foreground">
              …{claim.prefix}
              <mark className="bg-transparent font-semibold text-foreground underline">{claim.exact}</mark>
              {claim.suffix}…
            </q>
            {canEdit ? (
              <div className="flex gap-2">
                <Button
                  size="sm"
                  variant="outline"
                  disabled={!hasSelection}
                  onClick={() => onReattach(claim)}
                >
                  Re-attach to selection
                </Button>
                <Button size="sm" variant="ghost" onClick={() => onRetire(claim)}>
                  Retire
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
