import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, type AppErrorCode } from "@/lib/errors";
import type { ActionDefinition } from "./define-action";

/** What a client gets back: data, or a message in words (and per-field messages for forms). */
export type ActionResult<Output> =
  | { ok: true; data: Output }
  | { ok: false; code: AppErrorCode; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Runs an action for a user: not signed in → UNAUTHORIZED; bad input →
 * INVALID_INPUT with field messages; role lacks the permission → FORBIDDEN;
 * then the action, whose AppErrors (NOT_FOUND, CONFLICT …) come back as
 * results. Anything else is a bug: it is rethrown for the caller's 500.
 */
export async function executeAction<Input, Output>(
  action: ActionDefinition<Input, Output>,
  user: SessionUser | null,
  rawInput: unknown,
): Promise<ActionResult<Output>> {
  if (!user) return failure(new AppError("UNAUTHORIZED", "Your session has ended. Sign in again."));
  const parsed = action.input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      error: parsed.error.issues[0]?.message ?? "The request is not valid.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    };
  }
  if (!can(user.role, action.permission)) {
    return failure(new AppError("FORBIDDEN", forbiddenMessage(action.permission)));
  }
  try {
    return { ok: true, data: await action.run({ user, input: parsed.data }) };
  } catch (error) {
    if (error instanceof AppError) return failure(error);
    throw error;
  }
}

function failure(error: AppError): ActionResult<never> {
  return { ok: false, code: error.code, error: error.message };
}

function forbiddenMessage(permission: string): string {
  return permission === "manage"
    ? "Only an owner of this workspace can do that."
    : "Viewers can read and export, but not change anything. Ask an owner for editor access.";
}
