import "server-only";
import { randomUUID } from "node:crypto";
import { getSessionUser } from "@/lib/auth/session";
import type { ActionDefinition } from "./define-action";
import { type ActionResult, executeAction } from "./execute-action";

/**
 * What every `'use server'` function calls: the action for the signed-in
 * user. A bug comes back as a message with a reference (logged with the
 * details), never as internals, and never loses the form the user filled in.
 */
export async function runServerAction<Input, Output>(
  action: ActionDefinition<Input, Output>,
  rawInput: unknown,
): Promise<ActionResult<Output>> {
  try {
    return await executeAction(action, await getSessionUser(), rawInput);
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    console.error(`[${reference}] ${action.name} failed`, error);
    return {
      ok: false,
      code: "INTERNAL",
      error: `Something went wrong on our side (reference ${reference}). Nothing was changed; try again.`,
    };
  }
}
