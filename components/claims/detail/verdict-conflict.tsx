"use client";

import { Button } from "@/components/ui/button";
import type { ClaimDetail } from "@/lib/claims/claim-detail";
import { VerdictDecision } from "./verdict-decision";

type VerdictConflictProps = {
  detail: ClaimDetail;
  /** The revision the editor's draft started from. */
  baseRevision: number;
  onDiscardMine: () => void;
};

/**
 * Beside a refused verdict: the one someone else set meanwhile, once the
 * claim has been read again. The editor's own text stays in the form below.
 */
export function VerdictConflict({ detail, baseRevision, onDiscardMine }: VerdictConflictProps) {
  if (detail.claim.revision === baseRevision) return null;
  const latest = detail.decisions[0];
  return (
    <section aria-label="Newer verdict" className="flex flex-col gap-2 rounded-md border border-dashed p-3">
      <p className="font-medium text-sm">Now on the claim (set by someone else while you were editing):</p>
      {latest && latest.verdict === detail.claim.verdict ? (
        <VerdictDecision decision={latest} />
      ) : (
        <p className="text-muted-foreground text-sm">The claim changed, but its verdict did not.</p>
      )}
      <p className="text-muted-foreground text-sm">
        Your verdict and text are below, as you left them. Set verdict to replace theirs, or discard yours.
      </p>
      <Button size="sm" variant="outline" className="self-start" onClick={onDiscardMine}>
        Discard mine, keep theirs
      </Button>
    </section>
  );
}
