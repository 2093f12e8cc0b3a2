"use server";

import { revalidatePath } from "next/cache";
import { runServerAction } from "@/lib/actions/server-action";
import { snapshotSource } from "@/lib/sources/capture-snapshot";
import { createSource } from "@/lib/sources/create-source";
import { deleteSource, updateSource } from "@/lib/sources/edit-source";

// The library's forms keep their fields in client state and call these directly; each answers an
// ActionResult, so the form shows the message and keeps what the editor typed.

export async function createSourceAction(input: unknown) {
  const result = await runServerAction(createSource, input);
  if (result.ok) revalidatePath("/sources");
  return result;
}

export async function updateSourceAction(input: unknown) {
  const result = await runServerAction(updateSource, input);
  if (result.ok) revalidatePath("/sources", "layout");
  return result;
}

export async function deleteSourceAction(input: unknown) {
  const result = await runServerAction(deleteSource, input);
  if (result.ok) revalidatePath("/sources");
  return result;
}

export async function snapshotSourceAction(input: unknown) {
  const result = await runServerAction(snapshotSource, input);
  if (result.ok) revalidatePath("/sources", "layout");
  return result;
}
