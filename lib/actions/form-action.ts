import "server-only";
import type { ActionDefinition } from "./define-action";
import type { ActionResult } from "./execute-action";
import { runServerAction } from "./server-action";

/** A form's state after submitting: the result, and what the user typed (to put back on an error). */
export type FormState<Output = unknown> = (ActionResult<Output> & { values?: Record<string, string> }) | null;

/**
 * Runs an action from a submitted form. On failure the typed values come
 * back (all but passwords), so nothing the user entered is lost.
 */
export async function runFormAction<Input, Output>(
  action: ActionDefinition<Input, Output>,
  formData: FormData,
  fields: readonly string[],
): Promise<FormState<Output>> {
  const input = Object.fromEntries(fields.map((field) => [field, formData.get(field) ?? undefined]));
  const result = await runServerAction(action, input);
  if (result.ok) return result;
  const values = Object.fromEntries(
    fields
      .filter((field) => !/password/i.test(field))
      .map((field) => [field, String(formData.get(field) ?? "")]),
  );
  return { ...result, values };
}
