import { z } from "zod";

/** How long a share link can work, in days. */
export const SHARE_LINK_LIFETIMES = [1, 7, 30] as const;

const ZId = (what: string) =>
  z.string().trim().min(1, `Say which ${what}.`).max(64, `That is not the id of a ${what}.`);

export const ZCreateShareLinkInput = z.object({
  articleId: ZId("article"),
  expiresInDays: z.union([z.literal(1), z.literal(7), z.literal(30)], {
    error: "Choose how long the link works: 1, 7 or 30 days.",
  }),
});

export const ZRevokeShareLinkInput = z.object({ shareLinkId: ZId("share link") });

export const ZListShareLinksInput = z.object({ articleId: ZId("article") });
