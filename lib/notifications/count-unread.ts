import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import { myMentions } from "./scope";

/** How many of the user's mentions in their active workspace they have not read (the nav badge). */
export async function countUnread(user: Pick<SessionUser, "id" | "workspace">): Promise<number> {
  return getPrisma().mention.count({ where: { ...myMentions(user), readAt: null } });
}
