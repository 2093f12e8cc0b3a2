"use client";

import { signOut } from "next-auth/react";
import { type ReactNode, useActionState, useEffect } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/form-action";

type SessionEndingFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel: string;
  /** Where to go once every session has ended (the sign-in page explains why). */
  signedOutNotice: string;
  fields?: (state: FormState) => ReactNode;
};

/** A form whose success ends every session of the user; this browser then clears its own cookie. */
export function SessionEndingForm(props: SessionEndingFormProps) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  useEffect(() => {
    if (state?.ok) signOut({ callbackUrl: `/sign-in?notice=${props.signedOutNotice}` });
  }, [state, props.signedOutNotice]);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {props.fields?.(state)}
      {state && !state.ok ? <FormFeedback state={state} /> : null}
      <div>
        <Button type="submit" variant="outline" disabled={isPending || state?.ok === true}>
          {isPending ? props.pendingLabel : props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
