import type { Metadata } from "next";
import { InlineActionForm } from "@/components/forms/inline-action-form";
import { CommentBody } from "@/components/notifications/comment-body";
import { formatRelativeTime } from "@/components/notifications/relative-time";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { markAllReadAction } from "./actions";
import { NotificationLink } from "./notification-link";

export const metadata: Metadata = { title: "Notifications" };

type NotificationsPageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function NotificationsPage({ searchParams }: NotificationsPageProps) {
  const user = await requireUser();
  const requested = [(await searchParams).page].flat()[0];
  const { notifications, page, pageCount, unreadCount } = await findNotifications(user, {
    page: Number(requested) || 1,
  });
  const now = new Date();

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-semibold text-2xl tracking-tight">Notifications</h1>
          <p className="text-muted-foreground text-sm">
            Comments in {user.workspace.name} that mention you
            {unreadCount > 0 ? ` · ${unreadCount} unread` : " · all read"}.
          </p>
        </div>
        {unreadCount > 0 ? (
          <InlineActionForm
            action={markAllReadAction}
            fields={{}}
            label="Mark all as read"
            pendingLabel="Marking…"
          />
        ) : null}
      </div>
      {notifications.length === 0 ? (
        <p className="rounded-md border p-6 text-muted-foreground text-sm">
          Nobody has mentioned you here yet. When a colleague writes @{user.name} in a claim's discussion, it
          shows up here. To bring someone into a discussion yourself, open a claim and type @ in its comment
          box.
        </p>
      ) : (
        <ol aria-label="Mentions of you" className="flex flex-col divide-y rounded-md border">
          {notifications.map((notification) => (
            <li
              key={notification.id}
              className={`flex flex-col gap-2 p-4 text-sm ${notification.isUnread ? "bg-primary/5" : ""}`}
            >
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                {notification.isUnread ? <Badge>Unread</Badge> : null}
                <span>
                  <span className="font-medium">{notification.authorName}</span> mentioned you on{" "}
                  <NotificationLink
                    href={`/articles/${notification.article.id}?claim=${notification.claim.id}`}
                    mentionId={notification.id}
                    isUnread={notification.isUnread}
                  >
                    {notification.article.title}
                  </NotificationLink>
                </span>
                <time
                  className="text-muted-foreground text-xs"
                  dateTime={notification.createdAt.toISOString()}
                  title={notification.createdAt.toISOString()}
                >
                  {formatRelativeTime(notification.createdAt, now)}
                </time>
              </div>
              <blockquote className="border-l-2 pl-3 text-muted-foreground">
                “{notification.claim.quote}”
              </blockquote>
              <CommentBody body={notification.body} mentions={notification.mentions} />
            </li>
          ))}
        </ol>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
          {page > 1 ? (
            <Link
              className="rounded-md border px-3 py-1.5 hover:bg-accent"
              href={`/notifications?page=${page - 1}`}
            >
              Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted-foreground">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link
              className="rounded-md border px-3 py-1.5 hover:bg-accent"
              href={`/notifications?page=${page + 1}`}
            >
              Older
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
