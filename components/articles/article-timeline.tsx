import { TimelineList } from "@/components/audit/timeline-list";
import { findTimeline } from "@/lib/audit/timeline";
import { requireUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";

/**
 * The article's review history (its own events and its claims'), oldest first, for the signed-in
 * user's workspace: an article of another workspace shows nothing, the same as one without history.
 */
export async function ArticleTimeline({ articleId }: { articleId: string }) {
  const user = await requireUser();
  const prisma = getPrisma();
  const entries = await findTimeline(prisma, user.workspace.id, { articleId });
  // Most claim events do not repeat the claim's words; name the claim by its current quote instead.
  const claimIds = [...new Set(entries.filter((e) => e.entityType === "Claim").map((e) => e.entityId))];
  const claims = await prisma.claim.findMany({
    where: { id: { in: claimIds }, workspaceId: user.workspace.id },
    select: { id: true, quoteExact: true },
  });
  const claimQuotes = Object.fromEntries(claims.map((claim) => [claim.id, claim.quoteExact]));
  return (
    <details className="border-t pt-6" data-testid="article-timeline">
      <summary className="cursor-pointer font-semibold text-lg">
        Review history <span className="font-normal text-muted-foreground text-sm">({entries.length})</span>
      </summary>
      <TimelineList
        entries={entries}
        showClaimQuotes
        claimQuotes={claimQuotes}
        className="mt-4"
        emptyText="No review history for this article yet."
      />
    </details>
  );
}
