import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { ZMarkAllReadInput, ZMarkReadInput } from "./schemas";
import { myMentions } from "./scope";

// Reading a notification changes nothing anyone reviews, so it is not audited. Any member may: viewers
// can be mentioned too.

/**
 * Marks some of the user's notifications as read. Ids that are not the
 * user's own unread mentions in this workspace are ignored (nothing about
 * them is revealed), so `marked` counts only what changed.
 */
export const markRead = defineAction({
  name: "notifications.markRead",
  permission: "read",
  input: ZMarkReadInput,
  run: async ({ user, input }) => {
    const { count } = await getPrisma().mention.updateMany({
      where: { ...myMentions(user), id: { in: input.mentionIds }, readAt: null },
      data: { readAt: new Date() },
    });
    return { marked: count };
  },
});

/** Marks all of the user's notifications in the active workspace as read. */
export const markAllRead = defineAction({
  name: "notifications.markAllRead",
  permission: "read",
  input: ZMarkAllReadInput,
  run: async ({ user }) => {
    const { count } = await getPrisma().mention.updateMany({
      where: { ...myMentions(user), readAt: null },
      data: { readAt: new Date() },
    });
    return { marked: count };
  },
});
