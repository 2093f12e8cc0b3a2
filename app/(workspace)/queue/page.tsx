import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findMyQueue } from "@/lib/queue/find-queue";
import { DueDate, QueueArticleLine, QueueSection } from "./queue-item";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage() {
  const user = await requireUser();
  const queue = await findMyQueue(user);
  const claimCount = queue.claimGroups.reduce((sum, group) => sum + group.claims.length, 0);
  const list = "flex flex-col divide-y rounded-md border text-sm";

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <h1 className="font-semibold text-2xl tracking-tight">My queue</h1>
        <p className="text-muted-foreground text-sm">What waits for you in {user.workspace.name}.</p>
        <p className="text-sm">
          <Link href="/notifications" className="underline underline-offset-4">
            {queue.unreadMentions === 0
              ? "No unread mentions"
              : `${queue.unreadMentions} unread ${queue.unreadMentions === 1 ? "mention" : "mentions"}`}
          </Link>
        </p>
      </div>

      <QueueSection
        id="queue-claims"
        title="Claims to check"
        count={claimCount}
        empty="No claims are waiting for you. Claims assigned to you stay here until they have a verdict: open a claim and choose yourself as its assignee (key a) to take it on."
      >
        <ul className={list}>
          {queue.claimGroups.map((group) => (
            <li key={group.article.id} className="flex flex-col gap-2 p-3">
              <QueueArticleLine article={group.article} />
              <ul className="flex flex-col gap-1 pl-4">
                {group.claims.map((claim) => (
                  <li key={claim.id}>
                    <Link
                      href={`/articles/${group.article.id}?claim=${claim.id}`}
                      className="underline-offset-4 hover:underline"
                    >
                      “{claim.quote}”
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </QueueSection>

      <QueueSection
        id="queue-articles"
        title="Articles assigned to you"
        count={queue.articles.length}
        empty="No articles are assigned to you. An article's assignee and due date are set in its header; approved articles leave this list."
      >
        <ul className={list}>
          {queue.articles.map((article) => (
            <li key={article.id} className="p-3">
              <QueueArticleLine article={article} />
            </li>
          ))}
        </ul>
      </QueueSection>

      {can(user.role, "write") ? (
        <QueueSection
          id="queue-sign-off"
          title="Ready for your sign-off"
          count={queue.signOff.length}
          empty="Nothing is ready for your sign-off. An article comes here once all its claims are reviewed and it is marked ready for sign-off, unless you set any of its verdicts: a second person signs off."
        >
          <ul className={list}>
            {queue.signOff.map((article) => (
              <li key={article.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3">
                <Link
                  href={`/articles/${article.id}`}
                  className="font-medium underline-offset-4 hover:underline"
                >
                  {article.title}
                </Link>
                <span className="text-muted-foreground text-xs">
                  {article.claimCount} {article.claimCount === 1 ? "claim" : "claims"}
                </span>
                <DueDate dueAt={article.dueAt} isOverdue={article.isOverdue} />
              </li>
            ))}
          </ul>
        </QueueSection>
      ) : null}
    </div>
  );
}
