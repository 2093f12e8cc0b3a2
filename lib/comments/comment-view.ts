import type { CommentView } from "@/lib/claims/claim-detail";

/** The `select` that produces a CommentView (with `toCommentView`); the claim's detail loader reads the same fields. */
export const COMMENT_VIEW_SELECT = {
  id: true,
  body: true,
  authorId: true,
  createdAt: true,
  author: { select: { name: true } },
  mentions: { select: { userId: true, user: { select: { name: true } } } },
} as const;

type SelectedComment = {
  id: string;
  body: string;
  authorId: string;
  createdAt: Date;
  author: { name: string };
  mentions: { userId: string; user: { name: string } }[];
};

export function toCommentView({ author, mentions, ...comment }: SelectedComment): CommentView {
  return {
    ...comment,
    authorName: author.name,
    mentions: mentions.map((mention) => ({ userId: mention.userId, name: mention.user.name })),
  };
}
