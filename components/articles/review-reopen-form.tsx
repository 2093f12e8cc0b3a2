"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

type ReviewReopenFormProps = {
  isPending: boolean;
  onCancel: () => void;
  /** `onDone` runs after the server accepted, so a reason is kept when it refused. */
  onSubmit: (reason: string, onDone: () => void) => void;
};

/** Reopening review, with an optional reason that goes into the article's history. */
export function ReviewReopenForm({ isPending, onCancel, onSubmit }: ReviewReopenFormProps) {
  const [reason, setReason] = useState("");
  return (
    <form
      aria-label="Reopen review"
      className="flex flex-col gap-2 rounded-md border bg-card p-3"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(reason, () => setReason(""));
      }}
    >
      <Label htmlFor="reopen-reason">Reason for reopening (optional)</Label>
      <Textarea
        id="reopen-reason"
        rows={2}
        className="min-h-16"
        maxLength={2000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? "Reopening…" : "Confirm reopening"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
