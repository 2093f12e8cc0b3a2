"use client";

import { useActionState } from "react";
import { FieldError, FormFeedback } from "@/components/forms/form-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { FormState } from "@/lib/actions/form-action";

type NameFormProps = { name: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

export function NameForm({ name, action }: NameFormProps) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <div className="flex flex-col gap-2">
        <Label htmlFor="name">Name</Label>
        <Input
          id="name"
          name="name"
          required
          defaultValue={state?.values?.name ?? name}
          aria-describedby="name-error"
        />
        <FieldError state={state} name="name" />
      </div>
      <FormFeedback state={state} success="Your name is saved." />
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : "Save name"}
        </Button>
      </div>
    </form>
  );
}
