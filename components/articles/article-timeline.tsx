import { TimelineList } from "@/components/audit/timeline-list";
import { Link } from "@/components/ui/link";
import { countTimeline, findTimeline } from "@/lib/audit/timeline";
import { requireUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";

/** What the article page shows of its history; the rest is one click away, on its own page. */
const RECENT_EVENTS = 20;

type ArticleTimelineProps = {
  articleId: string;
  /** The article page shows the newest events only; the history page shows up to `limit`. */
  variant: "recent" | "full";
};

/** The most events the history page shows; older ones stay in the audit log and in backups. */
export const FULL_HISTORY_LIMIT = 2000;

/**
 * The article's review history (its own events and its claims'), oldest first, for the signed-in
 * user's workspace: an article of another workspace shows nothing, the same as one without history.
 * The article page shows the newest few: the whole log can run to thousands of entries, and the
 * page is read far more often than the history.
 */
export async function ArticleTimeline({ articleId, variant }: ArticleTimelineProps) {
  const user = await requireUser();
  const prisma = getPrisma();
  const scope = { articleId };
  const [entries, total] = await Promise.all([
    findTimeline(prisma, user.workspace.id, scope, variant === "recent" ? RECENT_EVENTS : FULL_HISTORY_LIMIT),
    countTimeline(prisma, user.workspace.id, scope),
  ]);
  // Most claim events do not repeat the claim's words; name the claim by its current quote instead.
  const claimIds = [...new Set(entries.filter((e) => e.entityType === "Claim").map((e) => e.entityId))];
  const claims = await prisma.claim.findMany({
    where: { id: { in: claimIds }, workspaceId: user.workspace.id },
    select: { id: true, quoteExact: true },
  });
  const claimQuotes = Object.fromEntries(claims.map((claim) => [claim.id, claim.quoteExact]));
  const list = (
    <TimelineList
      entries={entries}
      showClaimQuotes
      claimQuotes={claimQuotes}
      className="mt-4"
      emptyText="No review history for this article yet."
    />
  );
  const older = total - entries.length;
  if (variant === "full") {
    return (
      <>
        {older > 0 ? (
          <p className="text-muted-foreground text-sm">
            Showing the newest {entries.length} of {total} events.
          </p>
        ) : null}
        {list}
      </>
    );
  }
  return (
    <details className="border-t pt-6" data-testid="article-timeline">
      <summary className="cursor-pointer font-semibold text-lg">
        Review history <span className="font-normal text-muted-foreground text-sm">({total})</span>
      </summary>
      {older > 0 ? (
        <p className="mt-2 text-muted-foreground text-sm">
          The newest {entries.length} events.{" "}
          <Link href={`/articles/${articleId}/history`} className="underline underline-offset-2">
            See the whole history ({total})
          </Link>
        </p>
      ) : null}
      {list}
    </details>
  );
}
