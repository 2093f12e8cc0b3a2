import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatUtcDate, formatUtcDateTime } from "@/components/articles/article-date";
import { VerdictBadge } from "@/components/claims/claim-card";
import { describeReliability, SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/components/sources/labels";
import { DeleteSourceButton, SnapshotButton } from "@/components/sources/source-controls";
import { SourceEditForm } from "@/components/sources/source-edit-form";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatBytes } from "@/lib/intake/intake-error";
import { getSourceDetail, type SourceDetail } from "@/lib/sources/get-source";

type SourcePageProps = { params: Promise<{ sourceId: string }> };

// Metadata and page both need the source; cache() makes that one query per request.
const loadSource = cache(async (sourceId: string) => {
  const user = await requireUser();
  return { user, source: await getSourceDetail({ user, sourceId }) };
});

export async function generateMetadata({ params }: SourcePageProps): Promise<Metadata> {
  const { source } = await loadSource((await params).sourceId);
  return { title: source?.title ?? "Source not found" };
}

export default async function SourcePage({ params }: SourcePageProps) {
  const { user, source } = await loadSource((await params).sourceId);
  if (!source) notFound();
  const canEdit = can(user.role, "write");

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <Link href="/sources" className="text-muted-foreground text-sm hover:underline">
          ← Sources
        </Link>
        <h1 className="font-semibold text-2xl tracking-tight">{source.title}</h1>
        <p className="text-muted-foreground text-sm">
          Added by {source.createdByName} on {formatUtcDate(source.createdAt)}
        </p>
      </div>
      {canEdit ? (
        <section aria-labelledby="details-heading" className="flex max-w-2xl flex-col gap-3">
          <h2 id="details-heading" className="font-semibold text-lg">
            Details
          </h2>
          <SourceEditForm
            source={{
              id: source.id,
              revision: source.revision,
              title: source.title,
              url: source.url,
              publisher: source.publisher,
              type: source.type,
              reliability: source.reliability,
              notes: source.notes,
            }}
          />
        </section>
      ) : (
        <SourceFacts source={source} />
      )}
      <Citations source={source} />
      <section aria-labelledby="snapshots-heading" className="flex flex-col gap-3">
        <h2 id="snapshots-heading" className="font-semibold text-lg">
          Snapshots
        </h2>
        <p className="text-muted-foreground text-sm">
          A snapshot keeps the page’s text and its SHA-256 fingerprint, so the report survives link rot.
        </p>
        {canEdit ? <SnapshotButton sourceId={source.id} hasUrl={Boolean(source.url)} /> : null}
        <Snapshots snapshots={source.snapshots} />
      </section>
      {canEdit ? (
        <section aria-labelledby="delete-heading" className="flex flex-col gap-2">
          <h2 id="delete-heading" className="font-semibold text-lg">
            Delete
          </h2>
          <DeleteSourceButton sourceId={source.id} title={source.title} />
        </section>
      ) : null}
    </div>
  );
}

function SourceFacts({ source }: { source: SourceDetail }) {
  return (
    <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-muted-foreground">URL</dt>
      <dd className="break-all">
        {source.url && /^https?:\/\//i.test(source.url) ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" className="underline">
            {source.url}
          </a>
        ) : (
          (source.url ?? "—")
        )}
      </dd>
      <dt className="text-muted-foreground">Publisher</dt>
      <dd>{source.publisher ?? "—"}</dd>
      <dt className="text-muted-foreground">Type</dt>
      <dd>{SOURCE_TYPE_LABELS[source.type]}</dd>
      <dt className="text-muted-foreground">Reliability</dt>
      <dd>{describeReliability(source.reliability)}</dd>
      <dt className="text-muted-foreground">Notes</dt>
      <dd className="whitespace-pre-wrap">{source.notes ?? "—"}</dd>
    </dl>
  );
}

function Citations({ source }: { source: SourceDetail }) {
  return (
    <section aria-labelledby="citations-heading" className="flex flex-col gap-3">
      <h2 id="citations-heading" className="font-semibold text-lg">
        Cited by {source.citations.length} {source.citations.length === 1 ? "claim" : "claims"}
      </h2>
      {source.citations.length === 0 ? (
        <p className="text-muted-foreground text-sm">No claim cites this source yet.</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-md border">
          {source.citations.map((citation) => (
            <li key={citation.claimId} className="flex flex-col gap-1 p-3 text-sm">
              <Link
                href={`/articles/${citation.articleId}?claim=${citation.claimId}`}
                className="font-medium hover:underline"
              >
                “{citation.quote}”
              </Link>
              <span className="flex flex-wrap items-center gap-2 text-muted-foreground text-xs">
                <VerdictBadge verdict={citation.verdict} />
                in {citation.articleTitle} ·{" "}
                {citation.stances.map((stance) => STANCE_LABELS[stance]).join(", ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Snapshots({ snapshots }: { snapshots: SourceDetail["snapshots"] }) {
  if (snapshots.length === 0) return <p className="text-muted-foreground text-sm">No snapshots yet.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {snapshots.map((snapshot) => (
        <li key={snapshot.id} className="flex flex-col gap-1 rounded-md border p-3 text-sm">
          <span>
            <time dateTime={snapshot.fetchedAt.toISOString()}>{formatUtcDateTime(snapshot.fetchedAt)}</time>
            {" · "}
            {formatBytes(snapshot.size)}
            {snapshot.contentType ? ` · ${snapshot.contentType}` : ""}
          </span>
          <span className="break-all text-muted-foreground text-xs">{snapshot.url}</span>
          <span className="break-all text-xs">
            SHA-256 <code>{snapshot.sha256}</code>
          </span>
          <details>
            <summary className="cursor-pointer text-sm">Show the captured text</summary>
            <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap rounded bg-muted p-2 font-sans text-xs">
              {snapshot.text}
            </pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
