"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { KindSelect } from "./kind-select";

export type ClaimDraft = { kind: ClaimKind; note: string };

type AddClaimFormProps = {
  exact: string;
  draft: ClaimDraft;
  onChange: (draft: ClaimDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
  isSaving: boolean;
  error: string | null;
};

/** Kind and note of a new claim on the selected words; Enter in the kind list saves, Esc cancels. */
export function AddClaimForm({
  exact,
  draft,
  onChange,
  onSubmit,
  onCancel,
  isSaving,
  error,
}: AddClaimFormProps) {
  const kind = useRef<HTMLSelectElement>(null);
  useEffect(() => kind.current?.focus(), []);
  return (
    <form
      aria-label="New claim"
      className="flex flex-col gap-3 rounded-md border bg-card p-3 shadow-sm"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <p className="line-clamp-3 text-sm">
        <span className="text-muted-foreground">New claim on </span>“{exact.trim()}”
      </p>
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <Label htmlFor="claim-kind">Kind</Label>
        <KindSelect
          id="claim-kind"
          ref={kind}
          value={draft.kind}
          onValueChange={(value) => onChange({ ...draft, kind: value })}
        />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="claim-note">Note (optional)</Label>
        <Textarea
          id="claim-note"
          rows={2}
          className="min-h-16"
          value={draft.note}
          onChange={(event) => onChange({ ...draft, note: event.target.value })}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={isSaving}>
          {isSaving ? "Saving…" : "Save claim"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
