"use server";

import { revalidatePath } from "next/cache";
import { runServerAction } from "@/lib/actions/server-action";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/actions";

// The account page lists the tokens from the server: re-render it after a change.

/** The new token comes back once, in this result; the client shows it and forgets it on leaving the page. */
export async function createApiTokenAction(input: unknown) {
  const result = await runServerAction(createApiToken, input);
  if (result.ok) revalidatePath("/account");
  return result;
}

export async function revokeApiTokenAction(input: unknown) {
  const result = await runServerAction(revokeApiToken, input);
  if (result.ok) revalidatePath("/account");
  return result;
}
