import { Alert } from "@/components/ui/alert";

type FormState = { ok: boolean; error?: string } | null;

/** The form-level outcome: an announced error, or a polite success message. */
export function FormFeedback({ state, success }: { state: FormState; success?: string }) {
  if (!state) return null;
  if (!state.ok) return <Alert variant="destructive">{state.error}</Alert>;
  return success ? <Alert>{success}</Alert> : null;
}

/** The messages for one field, linked to it by id (`<name>-error`) for screen readers. */
export function FieldError({ state, name }: { state: unknown; name: string }) {
  const messages = (state as { fieldErrors?: Record<string, string[] | undefined> } | null)?.fieldErrors?.[
    name
  ];
  if (!messages?.length) return null;
  return (
    <p id={`${name}-error`} className="text-destructive text-sm">
      {messages.join(" ")}
    </p>
  );
}
