import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { ACTIVE_WORKSPACE_COOKIE } from "@/lib/workspaces/active-workspace";
import { authOptions } from "./options";
import { PATH_HEADER } from "./path-header";
import type { SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

/**
 * The signed-in user, re-read from the database on every request so that a
 * removed member, a deleted account or "sign out everywhere" takes effect at once.
 * Cached per request: the layout and the page share one lookup.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.uid;
  if (!userId) return null;
  const user = await getPrisma().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      sessionVersion: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { role: true, workspace: { select: { id: true, slug: true, name: true } } },
      },
    },
  });
  // The active workspace is the one the cookie names, if the user still belongs to it; else their first.
  const chosen = (await cookies()).get(ACTIVE_WORKSPACE_COOKIE)?.value;
  const membership = user?.memberships.find((m) => m.workspace.id === chosen) ?? user?.memberships[0];
  if (!user || !membership || user.sessionVersion !== (session.sessionVersion ?? 0)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    workspace: membership.workspace,
    role: membership.role,
  };
});

/** The signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  // proxy.ts forwards the requested path, so sign-in can return the editor to it.
  const path = (await headers()).get(PATH_HEADER) ?? "/articles";
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}
