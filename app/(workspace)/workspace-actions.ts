"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { runServerAction } from "@/lib/actions/server-action";
import { switchWorkspace } from "@/lib/workspaces/actions";
import { ACTIVE_WORKSPACE_COOKIE } from "@/lib/workspaces/active-workspace";

/** Makes another of the user's workspaces the active one, then shows its articles. */
export async function switchWorkspaceAction(formData: FormData): Promise<void> {
  const result = await runServerAction(switchWorkspace, { workspaceId: formData.get("workspaceId") });
  if (!result.ok) redirect("/articles");
  (await cookies()).set(ACTIVE_WORKSPACE_COOKIE, result.data.id, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https:"),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  redirect("/articles");
}
