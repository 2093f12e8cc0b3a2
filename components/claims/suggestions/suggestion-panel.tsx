"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import type { SuggestionList } from "@/lib/suggestions/list-suggestions";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import { KIND_LABELS } from "../labels";
import { ConsistencyWarnings } from "./consistency-warnings";

type SuggestionPanelProps = {
  list: SuggestionList | null;
  loadError: string | null;
  /** The suggestions shown (the kind filter applied), in text order. */
  visible: SuggestionView[];
  kind: ClaimKind | "ALL";
  onKindChange: (kind: ClaimKind | "ALL") => void;
  activeId: string | null;
  canEdit: boolean;
  onSelect: (id: string) => void;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
  onAcceptAll: (kind: ClaimKind) => Promise<string | null>;
};

/** What the detector proposes to check, with the article's consistency warnings above it. */
export function SuggestionPanel(props: SuggestionPanelProps) {
  const { list, kind } = props;
  const [isAccepting, setIsAccepting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (props.loadError) {
    return (
      <p role="alert" className="text-destructive text-sm">
        {props.loadError}
      </p>
    );
  }
  if (!list) return <p className="text-muted-foreground text-sm">Reading the article for claims to check…</p>;
  const total = list.suggestions.length;
  return (
    <div className="flex flex-col gap-3">
      <ConsistencyWarnings warnings={list.warnings} />
      {list.isDetecting ? (
        <p role="status" className="text-muted-foreground text-sm">
          Finding suggestions in this version… they appear here when the detector is done.
        </p>
      ) : null}
      <div className="flex items-center gap-2 text-xs">
        <Select
          aria-label="Suggestions of kind"
          value={kind}
          onChange={(event) => props.onKindChange(event.target.value as ClaimKind | "ALL")}
        >
          <option value="ALL">All kinds</option>
          {CLAIM_KINDS.map((each) => (
            <option key={each} value={each}>
              {KIND_LABELS[each]}
            </option>
          ))}
        </Select>
        {props.canEdit && kind !== "ALL" && props.visible.length > 0 ? (
          <Button
            size="sm"
            variant="outline"
            disabled={isAccepting}
            onClick={async () => {
              setIsAccepting(true);
              setError(await props.onAcceptAll(kind));
              setIsAccepting(false);
            }}
          >
            {isAccepting ? "Accepting…" : `Accept all ${props.visible.length}`}
          </Button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
      <p className="text-muted-foreground text-xs" aria-live="polite">
        {props.visible.length === total
          ? `${total} suggestion${total === 1 ? "" : "s"}`
          : `${props.visible.length} of ${total} suggestions`}
      </p>
      {total === 0 && !list.isDetecting ? (
        <p className="rounded-md border border-dashed p-4 text-muted-foreground text-sm">
          Nothing left to suggest in this version: every suggestion was accepted or dismissed.
        </p>
      ) : null}
      <ol className="flex flex-col gap-2">
        {props.visible.map((suggestion) => (
          <SuggestionItem key={suggestion.id} suggestion={suggestion} {...props} />
        ))}
      </ol>
    </div>
  );
}

function SuggestionItem({
  suggestion,
  activeId,
  canEdit,
  onSelect,
  onAccept,
  onDismiss,
}: SuggestionPanelProps & { suggestion: SuggestionView }) {
  const isActive = suggestion.id === activeId;
  return (
    <li
      id={`suggestion-${suggestion.id}`}
      data-suggestion-item={suggestion.id}
      aria-current={isActive ? "true" : undefined}
      className={`rounded-md border border-dashed p-3 text-sm ${isActive ? "border-primary bg-accent" : ""}`}
    >
      <button
        type="button"
        onClick={() => onSelect(suggestion.id)}
        className="flex w-full flex-col gap-1 text-left"
      >
        <span className="flex items-center justify-between gap-2">
          <span className="font-medium">{KIND_LABELS[suggestion.kind]}</span>
          <span className="text-muted-foreground text-xs" title="How much this is worth checking">
            {Math.round(suggestion.score * 100)}%
          </span>
        </span>
        <span className="line-clamp-2">“{suggestion.text}”</span>
        <span className="text-muted-foreground">{suggestion.reason}</span>
      </button>
      {isActive && canEdit ? (
        <div className="mt-2 flex gap-2">
          <Button size="sm" onClick={() => onAccept(suggestion.id)} aria-keyshortcuts="y">
            Accept
          </Button>
          <Button size="sm" variant="ghost" onClick={() => onDismiss(suggestion.id)} aria-keyshortcuts="x">
            Dismiss
          </Button>
        </div>
      ) : null}
    </li>
  );
}
