import { formatUtcDateTime } from "@/components/articles/article-date";
import { Link } from "@/components/ui/link";
import type { VersionSummary } from "@/lib/articles/version-summaries";
import { CompareForm } from "./compare-form";

const ORIGIN_LABELS: Record<VersionSummary["origin"], string> = {
  PASTE: "pasted",
  UPLOAD: "uploaded file",
  URL: "from the web",
  WIRE: "wire copy",
  SEED: "sample data",
  RESTORE: "restored",
};

type VersionHistoryProps = { articleId: string; versions: VersionSummary[]; shownNumber: number };

/** Every version with when and how it came in; any one can be read, any two compared. */
export function VersionHistory({ articleId, versions, shownNumber }: VersionHistoryProps) {
  return (
    <section aria-labelledby="versions-heading" className="flex flex-col gap-4 border-t pt-6">
      <h2 id="versions-heading" className="font-semibold text-lg">
        Versions
      </h2>
      <ol className="flex flex-col gap-2 text-sm" aria-label="Version history">
        {versions.map((version) => (
          <li key={version.number} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            {version.number === shownNumber ? (
              <span className="font-medium" aria-current="true">
                Version {version.number} (shown)
              </span>
            ) : (
              <Link
                href={`/articles/${articleId}?version=${version.number}`}
                className="font-medium underline underline-offset-2"
              >
                Version {version.number}
              </Link>
            )}
            <span className="text-muted-foreground">
              imported{" "}
              <time dateTime={version.createdAt.toISOString()}>{formatUtcDateTime(version.createdAt)}</time> ·{" "}
              {ORIGIN_LABELS[version.origin]} · {version.createdBy}
            </span>
            {version.number > 1 ? (
              <Link
                href={`/articles/${articleId}/compare?from=${version.number - 1}&to=${version.number}`}
                className="text-muted-foreground underline underline-offset-2"
              >
                Changes from version {version.number - 1}
              </Link>
            ) : null}
          </li>
        ))}
      </ol>
      {versions.length > 1 ? <CompareForm articleId={articleId} versions={versions} /> : null}
    </section>
  );
}
