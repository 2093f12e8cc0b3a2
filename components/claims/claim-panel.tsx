"use client";

import type { ReactNode } from "react";
import { Select } from "@/components/ui/select";
import type { ClaimView } from "@/lib/claims/claim-view";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import type { ClaimKind, Verdict } from "@/lib/generated/prisma/enums";
import type { ClaimFilters } from "./claim-filters";
import { ClaimItem } from "./claim-item";
import { KIND_LABELS, VERDICT_LABELS, VERDICT_SYMBOLS, verdictClass } from "./labels";

type ClaimPanelProps = {
  claims: ClaimView[];
  total: number;
  filters: ClaimFilters;
  onFiltersChange: (filters: ClaimFilters) => void;
  activeId: string | null;
  editingId: string | null;
  canEdit: boolean;
  onSelect: (id: string) => void;
  onEdit: (id: string | null) => void;
  onSave: (claim: ClaimView, changes: { kind: ClaimKind; note: string }) => Promise<string | null>;
  onDelete: (claim: ClaimView) => void;
  /** The open claim's detail panel, shown under its entry. */
  detail: ReactNode;
};

/** The article's claims in reading order, with filters and a legend of verdict colours. */
export function ClaimPanel(props: ClaimPanelProps) {
  const { filters, onFiltersChange } = props;
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-3 gap-2 text-xs">
        <Select
          aria-label="Filter by kind"
          value={filters.kind}
          onChange={(event) =>
            onFiltersChange({ ...filters, kind: event.target.value as ClaimFilters["kind"] })
          }
        >
          <option value="ALL">All kinds</option>
          {CLAIM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
        <Select
          aria-label="Filter by verdict"
          value={filters.verdict}
          onChange={(event) =>
            onFiltersChange({ ...filters, verdict: event.target.value as ClaimFilters["verdict"] })
          }
        >
          <option value="ALL">All verdicts</option>
          {(Object.keys(VERDICT_LABELS) as Verdict[]).map((verdict) => (
            <option key={verdict} value={verdict}>
              {VERDICT_LABELS[verdict]}
            </option>
          ))}
        </Select>
        <Select
          aria-label="Filter by assignee"
          value={filters.assignee}
          onChange={(event) =>
            onFiltersChange({ ...filters, assignee: event.target.value as ClaimFilters["assignee"] })
          }
        >
          <option value="ANYONE">Anyone</option>
          <option value="ME">Assigned to me</option>
          <option value="NOBODY">Unassigned</option>
        </Select>
      </div>
      <p className="text-muted-foreground text-xs" aria-live="polite">
        {props.claims.length === props.total
          ? `${props.total} claim${props.total === 1 ? "" : "s"}`
          : `${props.claims.length} of ${props.total} claims`}
      </p>
      {props.total === 0 ? (
        <p className="rounded-md border border-dashed p-4 text-muted-foreground text-sm">
          No claims yet. Select words in the article and press <kbd>n</kbd> (or “Add claim”).
        </p>
      ) : null}
      <ol className="flex flex-col gap-2">
        {props.claims.map((claim, index) => (
          <ClaimItem
            key={claim.id}
            claim={claim}
            position={index + 1}
            isActive={claim.id === props.activeId}
            isEditing={claim.id === props.editingId}
            canEdit={props.canEdit}
            onSelect={() => props.onSelect(claim.id)}
            onEdit={(editing) => props.onEdit(editing ? claim.id : null)}
            onSave={(changes) => props.onSave(claim, changes)}
            onDelete={() => props.onDelete(claim)}
            detail={claim.id === props.activeId ? props.detail : null}
          />
        ))}
      </ol>
      <VerdictLegend />
    </div>
  );
}

function VerdictLegend() {
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-muted-foreground">Verdict colours</summary>
      <ul className="mt-2 grid grid-cols-2 gap-1">
        {(Object.keys(VERDICT_LABELS) as Verdict[]).map((verdict) => (
          <li key={verdict} className={`${verdictClass(verdict)} flex items-center gap-1`}>
            <span className="claim-highlight px-1" aria-hidden="true">
              {VERDICT_SYMBOLS[verdict]}
            </span>
            {VERDICT_LABELS[verdict]}
          </li>
        ))}
      </ul>
    </details>
  );
}
