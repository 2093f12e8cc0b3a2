"use server";

import { revalidatePath } from "next/cache";
import { type FormState, runFormAction } from "@/lib/actions/form-action";
import { runServerAction } from "@/lib/actions/server-action";
import { markAllRead, markRead } from "@/lib/notifications/mark-read";

// Both refresh the whole workspace layout: its nav badge shows the unread count.

export async function markAllReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(markAllRead, formData, []);
  if (result?.ok) revalidatePath("/", "layout");
  return result;
}

/** Called as a notification's link is followed, before navigating, so the badge is right on arrival. */
export async function markNotificationReadAction(mentionId: string) {
  const result = await runServerAction(markRead, { mentionIds: [mentionId] });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
