import type { MatrixCase } from "@/lib/actions/matrix-case";
import { createMatrixClaim } from "@/lib/comments/matrix-cases";

/** How the authorization matrix exercises the notification actions: both act on the caller's own mentions. */
export const notificationMatrixCases: Record<string, MatrixCase> = {
  "notifications.markRead": {
    // The owner's mention: for any other caller it is simply not theirs and stays unread.
    targetsObject: false,
    prepare: async (fixture) => {
      const claim = await createMatrixClaim(fixture);
      const comment = await fixture.prisma.comment.create({
        data: {
          claimId: claim.id,
          authorId: fixture.ownerId,
          body: "Noted.",
          mentions: { create: { userId: fixture.ownerId } },
        },
        select: { mentions: { select: { id: true } } },
      });
      return { mentionIds: comment.mentions.map((mention) => mention.id) };
    },
  },
  "notifications.markAllRead": { targetsObject: false, prepare: async () => ({}) },
};
