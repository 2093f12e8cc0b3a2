"use client";

import { type ReactNode, useActionState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/form-action";

type State = FormState;

type InlineActionFormProps = {
  action: (state: State, formData: FormData) => Promise<State>;
  /** Hidden fields identifying what the button acts on. */
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** Asked before submitting; cancelling changes nothing. */
  confirm?: string;
  variant?: ButtonProps["variant"];
  /** Announced after a success that leaves the form on screen. */
  successMessage?: string;
  children?: ReactNode;
};

/** One button (plus optional inputs) that runs a server action in place, showing its error beside it. */
export function InlineActionForm(props: InlineActionFormProps) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (props.confirm && !window.confirm(props.confirm)) event.preventDefault();
      }}
      className="flex flex-wrap items-center gap-2"
    >
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.children}
      <Button type="submit" size="sm" variant={props.variant ?? "outline"} disabled={isPending}>
        {isPending ? props.pendingLabel : props.label}
      </Button>
      {state?.ok && props.successMessage ? (
        <span role="status" className="text-muted-foreground text-sm">
          {props.successMessage}
        </span>
      ) : null}
      {state && !state.ok ? (
        <p role="alert" className="basis-full text-destructive text-sm">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
