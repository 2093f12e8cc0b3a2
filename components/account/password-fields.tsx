"use client";

import { FieldError } from "@/components/forms/form-feedback";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { FormState } from "@/lib/actions/form-action";

/** Current and new password, for the change-password form. */
export function PasswordFields({ state }: { state: FormState }) {
  return (
    <>
      <div className="flex flex-col gap-2">
        <Label htmlFor="currentPassword">Current password</Label>
        <Input
          id="currentPassword"
          name="currentPassword"
          type="password"
          required
          autoComplete="current-password"
          aria-describedby="currentPassword-error"
        />
        <FieldError state={state} name="currentPassword" />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="newPassword">New password</Label>
        <Input
          id="newPassword"
          name="newPassword"
          type="password"
          required
          autoComplete="new-password"
          aria-describedby="newPassword-error"
        />
        <FieldError state={state} name="newPassword" />
      </div>
    </>
  );
}
