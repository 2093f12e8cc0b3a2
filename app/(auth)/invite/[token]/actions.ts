"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acceptInvite, InvitePasswordError, ZAcceptInviteInput } from "@/lib/members/accept-invite";

export type AcceptInviteState =
  | { ok: true; email: string }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[] | undefined>;
      values?: { name: string };
    }
  | null;

/**
 * Accepts an invitation; the token in the form is the only authority (no session needed). The form
 * is the same whether or not the address has an account; acceptInvite decides.
 */
export async function acceptInviteAction(
  _previous: AcceptInviteState,
  formData: FormData,
): Promise<AcceptInviteState> {
  const name = String(formData.get("name") ?? "");
  const parsed = ZAcceptInviteInput.safeParse({
    token: formData.get("token"),
    name,
    password: formData.get("password"),
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
    return {
      ok: false,
      error: parsed.error.issues[0]?.message ?? "Check the form.",
      fieldErrors,
      values: { name },
    };
  }
  try {
    const accepted = await acceptInvite({ prisma: getPrisma(), input: parsed.data });
    return { ok: true, email: accepted.email };
  } catch (error) {
    if (error instanceof InvitePasswordError) {
      return {
        ok: false,
        error: error.message,
        fieldErrors: { password: [error.message] },
        values: { name },
      };
    }
    if (error instanceof AppError) return { ok: false, error: error.message, values: { name } };
    const reference = randomUUID().slice(0, 8);
    console.error(`[${reference}] invitation acceptance failed`, error);
    return {
      ok: false,
      error: `Something went wrong on our side (reference ${reference}).`,
      values: { name },
    };
  }
}
