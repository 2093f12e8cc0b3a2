"use client";

import { useActionState, useState } from "react";
import type { InviteFormState } from "@/app/(workspace)/members/actions";
import { FieldError, FormFeedback } from "@/components/forms/form-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "./role-label";

type InviteFormProps = {
  action: (state: InviteFormState, formData: FormData) => Promise<InviteFormState>;
};

/** Owners invite by email; the single-use link is shown to copy and send. */
export function InviteForm({ action }: InviteFormProps) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <div className="flex flex-col gap-4">
      <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-2">
          <Label htmlFor="invite-email">Email</Label>
          <Input
            id="invite-email"
            name="email"
            type="email"
            required
            defaultValue={state?.ok ? "" : state?.values?.email}
            aria-describedby="email-error"
          />
          <FieldError state={state} name="email" />
        </div>
        <div className="flex flex-col gap-2 sm:w-56">
          <Label htmlFor="invite-role">Role</Label>
          <Select id="invite-role" name="role" defaultValue={state?.values?.role ?? "EDITOR"}>
            {(["EDITOR", "VIEWER", "OWNER"] as const).map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}: {ROLE_DESCRIPTIONS[role]}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Inviting…" : "Invite"}
        </Button>
      </form>
      {state?.ok === false ? <FormFeedback state={state} /> : null}
      {state?.ok ? <InviteLink {...state.data} /> : null}
    </div>
  );
}

function InviteLink({ email, link, emailed }: { email: string; link: string; emailed: boolean }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border bg-muted/40 p-4 text-sm">
      <p>
        Invitation for <strong>{email}</strong> is ready.{" "}
        {emailed ? "We e-mailed them this link; you can also send it yourself." : "Send them this link."} It
        works once, for 7 days.
      </p>
      <div className="flex gap-2">
        <Input
          readOnly
          value={link}
          aria-label="Invitation link"
          onFocus={(event) => event.target.select()}
        />
        <Button
          variant="outline"
          onClick={async () => {
            await navigator.clipboard?.writeText(link);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
