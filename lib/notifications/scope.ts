import type { SessionUser } from "@/lib/auth/session-user";

/**
 * The user's mentions in their active workspace: a Mention has no workspace
 * of its own, so it is reached through its comment's claim. Another
 * workspace's mentions wait there until the user switches to it.
 */
export function myMentions(user: Pick<SessionUser, "id" | "workspace">) {
  return { userId: user.id, comment: { claim: { workspaceId: user.workspace.id } } };
}
