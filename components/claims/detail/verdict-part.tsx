"use client";

import { VerdictBadge } from "@/components/claims/claim-card";
import { VERDICT_MEANINGS } from "@/lib/verdicts/scale";
import type { VerdictPartProps } from "./types";
import { VerdictDecision } from "./verdict-decision";
import { VerdictForm } from "./verdict-form";

/**
 * The claim's verdict: the current decision with its rendered rationale,
 * for editors the form to set a new one (keys 1–7 pick a verdict and put
 * the cursor in the rationale), and the earlier decisions, newest first.
 */
export function VerdictPart(props: VerdictPartProps) {
  const { detail } = props;
  const [latest, ...rest] = detail.decisions;
  // The newest decision is the verdict the claim carries (every change writes one); without one, none was set.
  const current = latest?.verdict === detail.claim.verdict ? latest : undefined;
  const earlier = current ? rest : detail.decisions;
  return (
    <div className="flex flex-col gap-3">
      {current ? (
        <VerdictDecision decision={current} />
      ) : (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <VerdictBadge verdict={detail.claim.verdict} />
          <span className="text-muted-foreground">{VERDICT_MEANINGS[detail.claim.verdict]}</span>
        </div>
      )}
      {props.canEdit ? <VerdictForm key={detail.claim.id} {...props} /> : null}
      {earlier.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-muted-foreground text-sm">
            Earlier decisions ({earlier.length})
          </summary>
          <ol className="mt-2 flex flex-col gap-3 border-l pl-3">
            {earlier.map((decision) => (
              <li key={decision.id}>
                <VerdictDecision decision={decision} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
