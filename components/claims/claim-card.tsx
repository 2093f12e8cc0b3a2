import type { ClaimView } from "@/lib/claims/claim-view";
import { KIND_LABELS, VERDICT_LABELS, VERDICT_SYMBOLS, verdictClass } from "./labels";

type ClaimCardProps = { claims: ClaimView[]; position: { top: number; left: number } };

/** The card shown over a hovered or focused highlight: every claim at that spot (they may overlap). */
export function ClaimCard({ claims, position }: ClaimCardProps) {
  return (
    <div
      role="tooltip"
      className="fixed z-40 w-80 rounded-md border bg-card p-3 text-sm shadow-lg"
      style={{ top: position.top, left: position.left }}
    >
      <ul className="flex flex-col gap-2">
        {claims.map((claim) => (
          <li key={claim.id} className="flex flex-col gap-1">
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium">{KIND_LABELS[claim.kind]}</span>
              <VerdictBadge verdict={claim.verdict} />
            </div>
            {claim.note ? <p className="text-muted-foreground">{claim.note}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function VerdictBadge({ verdict }: { verdict: ClaimView["verdict"] }) {
  return (
    <span
      className={`${verdictClass(verdict)} inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs`}
      style={{ color: "var(--claim-color)", borderColor: "var(--claim-color)" }}
    >
      <span aria-hidden="true">{VERDICT_SYMBOLS[verdict]}</span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
