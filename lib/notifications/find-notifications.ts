import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import { myMentions } from "./scope";

export const NOTIFICATIONS_PER_PAGE = 30;

/** One mention of the user, as the notifications list shows it. */
export type NotificationView = {
  /** The Mention's id: what markRead takes. */
  id: string;
  isUnread: boolean;
  authorName: string;
  body: string;
  createdAt: Date;
  /** Everyone the comment mentions, for highlighting the "@Name" runs. */
  mentions: { userId: string; name: string }[];
  claim: { id: string; quote: string };
  article: { id: string; title: string };
};

export type NotificationPage = {
  notifications: NotificationView[];
  page: number;
  pageCount: number;
  unreadCount: number;
};

/** The user's mentions in the active workspace, newest first, a page at a time. */
export async function findNotifications(
  user: Pick<SessionUser, "id" | "workspace">,
  options: { page: number },
): Promise<NotificationPage> {
  const prisma = getPrisma();
  const where = myMentions(user);
  const [total, unreadCount] = await Promise.all([
    prisma.mention.count({ where }),
    prisma.mention.count({ where: { ...where, readAt: null } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(options.page) || 1), pageCount);
  const mentions = await prisma.mention.findMany({
    where,
    orderBy: [{ comment: { createdAt: "desc" } }, { id: "desc" }],
    skip: (page - 1) * NOTIFICATIONS_PER_PAGE,
    take: NOTIFICATIONS_PER_PAGE,
    select: {
      id: true,
      readAt: true,
      comment: {
        select: {
          body: true,
          createdAt: true,
          author: { select: { name: true } },
          mentions: { select: { userId: true, user: { select: { name: true } } } },
          claim: {
            select: { id: true, quoteExact: true, article: { select: { id: true, title: true } } },
          },
        },
      },
    },
  });
  return {
    notifications: mentions.map(({ id, readAt, comment }) => ({
      id,
      isUnread: readAt === null,
      authorName: comment.author.name,
      body: comment.body,
      createdAt: comment.createdAt,
      mentions: comment.mentions.map((mention) => ({ userId: mention.userId, name: mention.user.name })),
      claim: { id: comment.claim.id, quote: comment.claim.quoteExact },
      article: comment.claim.article,
    })),
    page,
    pageCount,
    unreadCount,
  };
}
