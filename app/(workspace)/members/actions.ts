"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { type FormState, runFormAction } from "@/lib/actions/form-action";
import { requireUser } from "@/lib/auth/session";
import { readEnv } from "@/lib/env";
import { sendInviteEmail } from "@/lib/mail/send-invite-email";
import { inviteMember, revokeInvite } from "@/lib/members/invite-actions";
import { changeMemberRole, removeMember } from "@/lib/members/member-actions";

export type InviteFormState = FormState<{ email: string; link: string; emailed: boolean }>;

export async function inviteMemberAction(
  _previous: InviteFormState,
  formData: FormData,
): Promise<InviteFormState> {
  const result = await runFormAction(inviteMember, formData, ["email", "role"]);
  if (!result?.ok) return result;
  revalidatePath("/members");
  const link = `${await baseUrl()}/invite/${result.data.token}`;
  const user = await requireUser();
  const mail = await sendInviteEmail({
    to: result.data.email,
    workspaceName: user.workspace.name,
    inviterName: user.name,
    link,
    expiresAt: result.data.expiresAt,
  });
  return { ok: true, data: { email: result.data.email, link, emailed: mail.sent } };
}

export async function revokeInviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(revokeInvite, formData, ["inviteId"]);
  if (result?.ok) revalidatePath("/members");
  return result;
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(changeMemberRole, formData, ["membershipId", "role"]);
  if (result?.ok) revalidatePath("/", "layout");
  return result;
}

export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(removeMember, formData, ["membershipId"]);
  if (result?.ok) revalidatePath("/members");
  return result;
}

/** Where invitation links point: NEXTAUTH_URL, else the host this request came to. */
async function baseUrl(): Promise<string> {
  const configured = readEnv().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/$/, "");
  const requestHeaders = await headers();
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${requestHeaders.get("host")}`;
}
