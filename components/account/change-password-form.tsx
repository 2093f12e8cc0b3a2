"use client";

import type { FormState } from "@/lib/actions/form-action";
import { PasswordFields } from "./password-fields";
import { SessionEndingForm } from "./session-ending-form";

type ChangePasswordFormProps = { action: (state: FormState, formData: FormData) => Promise<FormState> };

/** Current and new password; success ends every session, this one too. */
export function ChangePasswordForm({ action }: ChangePasswordFormProps) {
  return (
    <SessionEndingForm
      action={action}
      submitLabel="Change password"
      pendingLabel="Changing…"
      signedOutNotice="password-changed"
      fields={(state) => <PasswordFields state={state} />}
    />
  );
}
