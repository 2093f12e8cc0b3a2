import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { countUnread } from "@/lib/notifications/count-unread";
import { findSignOffCandidates, type SignOffCandidate } from "./sign-off-candidates";

/** An article as the queue lists it; `isOverdue` is decided once, on the server, against one clock. */
export type QueueArticle = {
  id: string;
  title: string;
  status: ReviewStatus;
  dueAt: Date | null;
  isOverdue: boolean;
};

/** Claims assigned to the user on one article. */
export type QueueClaimGroup = { article: QueueArticle; claims: { id: string; quote: string }[] };

/** What waits for the user in their active workspace. */
export type MyQueue = {
  claimGroups: QueueClaimGroup[];
  articles: QueueArticle[];
  signOff: (SignOffCandidate & { isOverdue: boolean })[];
  unreadMentions: number;
};

const LIMIT = 100;

/**
 * "My queue": claims assigned to the user that still need a verdict (on
 * articles not yet approved), articles assigned to them that are not
 * approved (overdue first), articles ready for sign-off that they may sign
 * off (the two-person rule), and their unread mentions.
 */
export async function findMyQueue(
  user: Pick<SessionUser, "id" | "workspace" | "role">,
  options: { now?: Date } = {},
): Promise<MyQueue> {
  const prisma = getPrisma();
  const now = options.now ?? new Date();
  const workspaceId = user.workspace.id;
  const isOverdue = (dueAt: Date | null) => dueAt !== null && dueAt < now;
  const articleSelect = { id: true, title: true, status: true, dueAt: true } as const;
  const [claims, articles, signOff, unreadMentions] = await Promise.all([
    prisma.claim.findMany({
      where: {
        workspaceId,
        assigneeId: user.id,
        verdict: "UNREVIEWED",
        anchorStatus: { not: "RETIRED" },
        article: { status: { not: "APPROVED" } },
      },
      orderBy: [
        { article: { dueAt: { sort: "asc", nulls: "last" } } },
        { articleId: "asc" },
        { positionStart: "asc" },
      ],
      take: LIMIT,
      select: { id: true, quoteExact: true, article: { select: articleSelect } },
    }),
    prisma.article.findMany({
      where: { workspaceId, assigneeId: user.id, status: { not: "APPROVED" } },
      // Overdue articles have the earliest due dates, so they come first; undated ones last.
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { updatedAt: "asc" }],
      take: LIMIT,
      select: articleSelect,
    }),
    // Signing off is an editor's or owner's work; a viewer's queue has none.
    can(user.role, "write") ? findSignOffCandidates(prisma, { workspaceId, userId: user.id }) : [],
    countUnread(user),
  ]);

  const groups = new Map<string, QueueClaimGroup>();
  for (const claim of claims) {
    const group = groups.get(claim.article.id) ?? {
      article: { ...claim.article, isOverdue: isOverdue(claim.article.dueAt) },
      claims: [],
    };
    group.claims.push({ id: claim.id, quote: claim.quoteExact });
    groups.set(claim.article.id, group);
  }
  return {
    claimGroups: [...groups.values()],
    articles: articles.map((article) => ({ ...article, isOverdue: isOverdue(article.dueAt) })),
    signOff: signOff.map((article) => ({ ...article, isOverdue: isOverdue(article.dueAt) })),
    unreadMentions,
  };
}
