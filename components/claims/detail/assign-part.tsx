"use client";

import { useEffect, useId, useRef, useState } from "react";
import { assignClaimAction } from "@/app/(workspace)/articles/[articleId]/assignment-actions";
import { AssigneeOptions } from "@/components/members/assignee-options";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { DetailPartProps } from "./types";

/**
 * Who checks this claim: a select of the members who can review (editors
 * and owners) that saves on change. On a conflict the panel re-reads the
 * claim, the select shows the current assignee and the editor's own choice
 * is named beside it.
 */
export function AssignPart({ detail, canEdit, members, onChanged, focusRequest }: DetailPartProps) {
  const { claim } = detail;
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const lastRequest = useRef(focusRequest);
  // The choice being saved, shown until the panel's re-read claim (a newer revision) replaces it.
  const [pending, setPending] = useState<{ value: string; fromRevision: number } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (focusRequest === lastRequest.current) return;
    lastRequest.current = focusRequest;
    if (focusRequest > 0) select.current?.focus();
  }, [focusRequest]);

  const current = members.find((member) => member.id === claim.assigneeId);
  const nameOf = (memberId: string) => members.find((member) => member.id === memberId)?.name ?? "Unassigned";

  if (!canEdit) {
    return (
      <p className="text-sm">
        <span className="font-medium">Assignee:</span> {current?.name ?? "Unassigned"}
      </p>
    );
  }

  async function assign(value: string) {
    setPending({ value, fromRevision: claim.revision });
    setIsSaving(true);
    const result = await assignClaimAction({
      claimId: claim.id,
      revision: claim.revision,
      assigneeId: value === "" ? null : value,
    });
    setIsSaving(false);
    if (!result.ok) setPending(null);
    if (result.ok) {
      setError(null);
      return onChanged(result.data);
    }
    setError(result.code === "CONFLICT" ? `${result.error} You chose: ${nameOf(value)}.` : result.error);
    if (result.code === "CONFLICT") onChanged();
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <Label htmlFor={id} className="shrink-0">
          Assignee
        </Label>
        <Select
          ref={select}
          id={id}
          className="h-8 py-0"
          value={pending?.fromRevision === claim.revision ? pending.value : (claim.assigneeId ?? "")}
          disabled={isSaving}
          aria-invalid={error ? true : undefined}
          onChange={(event) => assign(event.target.value)}
        >
          <AssigneeOptions members={members} assigneeId={claim.assigneeId} />
        </Select>
      </div>
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
