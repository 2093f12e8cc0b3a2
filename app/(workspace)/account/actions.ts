"use server";

import { revalidatePath } from "next/cache";
import { changePassword, signOutEverywhere, updateName } from "@/lib/account/actions";
import { type FormState, runFormAction } from "@/lib/actions/form-action";

export async function updateNameAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(updateName, formData, ["name"]);
  if (result?.ok) revalidatePath("/", "layout");
  return result;
}

/** Ends every session, this one too: the client then goes to sign-in. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(changePassword, formData, ["currentPassword", "newPassword"]);
}

export async function signOutEverywhereAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(signOutEverywhere, formData, []);
}
