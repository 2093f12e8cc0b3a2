/** What the article page lists of a share link: never its token or hash (the token is shown once). */
export type ShareLinkView = { id: string; createdAt: Date; expiresAt: Date; createdByName: string };

export const SHARE_LINK_VIEW_SELECT = {
  id: true,
  createdAt: true,
  expiresAt: true,
  createdBy: { select: { name: true } },
} as const;

export function toShareLinkView(link: {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  createdBy: { name: string };
}): ShareLinkView {
  return {
    id: link.id,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    createdByName: link.createdBy.name,
  };
}
