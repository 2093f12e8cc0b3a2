import { ArticleDate } from "@/components/articles/article-date";
import { ReviewStatusBadge } from "@/components/articles/review-status-badge";
import { ArticleReader } from "@/components/editor/article-reader";
import type { ArticleReadingView } from "@/lib/articles/get-article";

export function ArticleView({ article }: { article: ArticleReadingView }) {
  const source = [article.outlet, article.byline].filter(Boolean).join(" · ");

  return (
    <article className="mx-auto flex max-w-[70ch] flex-col gap-6">
      <header className="flex flex-col gap-3 border-b pb-6">
        <h1 className="text-balance font-semibold text-3xl leading-tight tracking-tight">{article.title}</h1>
        {source ? <p className="text-muted-foreground">{source}</p> : null}
        <DateLine publishedAt={article.publishedAt} updatedAt={article.sourceUpdatedAt} />
        <div className="flex flex-wrap items-center gap-3 text-muted-foreground text-sm">
          <ReviewStatusBadge status={article.status} />
          <span>
            Version {article.version.number} of {article.versionCount}
          </span>
        </div>
      </header>
      {/* A new version is a new document: remount the reader rather than patch its editor. */}
      <ArticleReader key={article.version.id} document={article.document} />
    </article>
  );
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
