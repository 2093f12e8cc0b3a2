import { ArticleAssignment } from "@/components/articles/article-assignment";
import { ArticleDate } from "@/components/articles/article-date";
import { ArticleTimeline } from "@/components/articles/article-timeline";
import { ImportAnnotationsForm } from "@/components/articles/import-annotations-form";
import { ReviewControls } from "@/components/articles/review-controls";
import { ShareLinks } from "@/components/articles/share-links";
import { ReviewWorkspace } from "@/components/claims/review-workspace";
import { ArticleReader } from "@/components/editor/article-reader";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { ArticleReadingView } from "@/lib/articles/get-article";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { MemberOption } from "@/lib/members/find-member-options";
import { VersionHistory } from "./version-history";

type ReviewData = {
  claims: { anchored: ClaimView[]; orphaned: ClaimView[] };
  members: MemberOption[];
  /** The article's change stamp at render time (lib/claims/activity.ts). */
  stamp: string;
  openClaimId?: string;
};

/** How the import that led here ended, for the banner above the article. */
export type ImportOutcome = "created" | "versionAdded" | "unchanged";

type ArticleViewProps = {
  article: ArticleReadingView;
  canEdit: boolean;
  importOutcome?: { outcome: ImportOutcome; orphanedClaims: number };
  /** What reviewing the current version needs; absent for an earlier version, which is only read. */
  review?: ReviewData;
  userId: string;
};

export function ArticleView({ article, canEdit, importOutcome, review, userId }: ArticleViewProps) {
  const header = (
    <ArticleHeader
      article={article}
      canEdit={canEdit}
      importOutcome={importOutcome}
      members={review?.members}
    />
  );
  const history = (
    <>
      <VersionHistory
        articleId={article.id}
        versions={article.versions}
        shownNumber={article.version.number}
      />
      <ArticleTimeline articleId={article.id} variant="recent" />
      {canEdit && review ? <ImportAnnotationsForm articleId={article.id} /> : null}
    </>
  );
  if (review) {
    return (
      // A new version is a new document: remount the workspace rather than patch its editor.
      <ReviewWorkspace
        key={article.version.id}
        articleId={article.id}
        versionId={article.version.id}
        document={article.document}
        claims={review.claims.anchored}
        orphaned={review.claims.orphaned}
        members={review.members}
        initialStamp={review.stamp}
        initialClaimId={review.openClaimId}
        canEdit={canEdit}
        userId={userId}
        header={header}
        footer={history}
      />
    );
  }
  return (
    <article className="mx-auto flex max-w-[70ch] flex-col gap-6">
      {header}
      <ArticleReader key={article.version.id} document={article.document} />
      {history}
    </article>
  );
}

type ArticleHeaderProps = Omit<ArticleViewProps, "review" | "userId"> & {
  /** For the assignee picker; absent on an earlier version, which is only read. */
  members?: MemberOption[];
};

function ArticleHeader({ article, canEdit, importOutcome, members }: ArticleHeaderProps) {
  const source = [article.outlet, article.byline].filter(Boolean).join(" · ");
  return (
    <>
      {importOutcome ? <ImportBanner {...importOutcome} article={article} /> : null}
      <header className="flex flex-col gap-3 border-b pb-6">
        <h1 className="text-balance font-semibold text-3xl leading-tight tracking-tight">{article.title}</h1>
        {source ? <p className="text-muted-foreground">{source}</p> : null}
        <DateLine publishedAt={article.publishedAt} updatedAt={article.sourceUpdatedAt} />
        <div className="flex flex-wrap items-center gap-3 text-muted-foreground text-sm">
          <span>
            Version {article.version.number} of {article.versionCount}
          </span>
          {article.url ? (
            <a
              href={article.url}
              rel="noopener noreferrer nofollow"
              target="_blank"
              className="hover:underline"
            >
              Original page
            </a>
          ) : null}
          <Button asChild variant="outline" size="sm" className="ml-auto">
            <Link href={`/articles/${article.id}/report`}>Report and exports</Link>
          </Button>
          {canEdit ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/articles/import?articleId=${article.id}`}>Add a version</Link>
            </Button>
          ) : null}
          {canEdit ? <ShareLinks articleId={article.id} /> : null}
        </div>
        <ReviewControls
          articleId={article.id}
          status={article.status}
          revision={article.revision}
          canEdit={canEdit}
          isCurrentVersion={article.isCurrentVersion}
          approval={{
            byName: article.signedOffByName,
            at: article.signedOffAt,
            override: article.signOffOverride,
            versionNumber: article.approvedVersionNumber,
          }}
        />
        {members ? (
          <ArticleAssignment
            articleId={article.id}
            assigneeId={article.assignee?.id ?? null}
            dueAt={article.dueAt}
            revision={article.revision}
            canEdit={canEdit}
            members={members}
          />
        ) : null}
      </header>
      {article.isCurrentVersion ? null : (
        <Alert>
          You are reading version {article.version.number}, an earlier text of this article.{" "}
          <Link href={`/articles/${article.id}`} className="font-medium underline underline-offset-2">
            Read the current version ({article.currentVersionNumber})
          </Link>
        </Alert>
      )}
    </>
  );
}

type ImportBannerProps = { outcome: ImportOutcome; orphanedClaims: number; article: ArticleReadingView };

function ImportBanner({ outcome, orphanedClaims, article }: ImportBannerProps) {
  const message =
    outcome === "created"
      ? "Imported as a new article."
      : outcome === "versionAdded"
        ? `Saved as version ${article.currentVersionNumber}. Earlier versions stay readable below.`
        : "Nothing new: this title and text are already here, so no version was added.";
  const orphaned =
    orphanedClaims > 0
      ? ` ${orphanedClaims} ${orphanedClaims === 1 ? "claim was" : "claims were"} not found in the new text and ${orphanedClaims === 1 ? "needs" : "need"} re-attaching.`
      : "";
  return <Alert>{`${message}${orphaned}`}</Alert>;
}

function DateLine({ publishedAt, updatedAt }: { publishedAt: Date | null; updatedAt: Date | null }) {
  if (!publishedAt && !updatedAt) return null;
  return (
    <p className="text-muted-foreground text-sm">
      {publishedAt ? (
        <>
          Published <ArticleDate date={publishedAt} withTime />
        </>
      ) : null}
      {publishedAt && updatedAt ? " · " : null}
      {updatedAt ? (
        <>
          Updated <ArticleDate date={updatedAt} withTime />
        </>
      ) : null}
    </p>
  );
}
