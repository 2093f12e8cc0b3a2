"use client";

import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { VerdictBadge } from "./claim-card";
import { KindSelect } from "./kind-select";
import { KIND_LABELS } from "./labels";

type ClaimItemProps = {
  claim: ClaimView;
  position: number;
  isActive: boolean;
  isEditing: boolean;
  canEdit: boolean;
  onSelect: () => void;
  onEdit: (editing: boolean) => void;
  onSave: (changes: { kind: ClaimKind; note: string }) => Promise<string | null>;
  onDelete: () => void;
  detail: ReactNode;
};

/** One claim in the panel; selecting it shows its highlight, and editors can edit or delete it here. */
export function ClaimItem(props: ClaimItemProps) {
  const { claim } = props;
  return (
    <li
      id={`claim-${claim.id}`}
      data-claim-item={claim.id}
      aria-current={props.isActive ? "true" : undefined}
      className={`rounded-md border p-3 text-sm ${props.isActive ? "border-primary bg-accent" : ""}`}
    >
      <button type="button" onClick={props.onSelect} className="flex w-full flex-col gap-1 text-left">
        <span className="flex items-center justify-between gap-2">
          <span className="font-medium">
            {props.position}. {KIND_LABELS[claim.kind]}
          </span>
          <VerdictBadge verdict={claim.verdict} />
        </span>
        <span className="line-clamp-2">“{claim.exact}”</span>
        {claim.note && !props.isEditing ? <span className="text-muted-foreground">{claim.note}</span> : null}
      </button>
      {props.isEditing ? (
        <EditClaim claim={claim} onSave={props.onSave} onCancel={() => props.onEdit(false)} />
      ) : props.isActive && props.canEdit ? (
        <div className="mt-2 flex gap-2">
          <Button size="sm" variant="outline" onClick={() => props.onEdit(true)}>
            Edit
          </Button>
          <Button size="sm" variant="ghost" onClick={props.onDelete}>
            Delete
          </Button>
        </div>
      ) : null}
      {props.detail}
    </li>
  );
}

function EditClaim({
  claim,
  onSave,
  onCancel,
}: { claim: ClaimView } & Pick<ClaimItemProps, "onSave"> & { onCancel: () => void }) {
  const [kind, setKind] = useState<ClaimKind>(claim.kind);
  const [note, setNote] = useState(claim.note ?? "");
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  return (
    <form
      aria-label="Edit claim"
      className="mt-2 flex flex-col gap-2"
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
      onSubmit={async (event) => {
        event.preventDefault();
        setIsSaving(true);
        setError(await onSave({ kind, note }));
        setIsSaving(false);
      }}
    >
      {error ? (
        <p role="alert" className="text-destructive">
          {error}
        </p>
      ) : null}
      <KindSelect aria-label="Kind" value={kind} onValueChange={setKind} />
      <Textarea
        aria-label="Note"
        rows={2}
        className="min-h-16"
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={isSaving}>
          {isSaving ? "Saving…" : "Save"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
