"use client";

import { useState } from "react";
import { removeEvidenceAction } from "@/app/(workspace)/articles/[articleId]/evidence-actions";
import { formatUtcDate } from "@/components/articles/article-date";
import { SourceMeta } from "@/components/sources/source-meta";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import type { EvidenceView } from "@/lib/claims/claim-detail";
import type { DetailPartProps } from "./types";

type EvidenceItemProps = {
  evidence: EvidenceView;
  canEdit: boolean;
  onChanged: DetailPartProps["onChanged"];
};

/** Only web addresses become links; anything else stays text. */
function isWebAddress(url: string | null): url is string {
  return Boolean(url && /^https?:\/\//i.test(url));
}

/** One source cited for the claim: what it is, what it says (plain text), when it was read. */
export function EvidenceItem({ evidence, canEdit, onChanged }: EvidenceItemProps) {
  const { source } = evidence;
  const [isConfirming, setIsConfirming] = useState(false);
  const [isRemoving, setIsRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setIsRemoving(true);
    const result = await removeEvidenceAction({ evidenceId: evidence.id });
    setIsRemoving(false);
    setIsConfirming(false);
    if (result.ok) return onChanged(result.data);
    setError(result.error);
    if (result.code === "CONFLICT" || result.code === "NOT_FOUND") onChanged();
  }

  return (
    <li className="flex flex-col gap-1 rounded-md border p-2 text-sm" data-evidence={evidence.id}>
      <span className="flex flex-wrap items-baseline gap-x-2">
        {isWebAddress(source.url) ? (
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="font-medium underline underline-offset-2"
          >
            {source.title}
          </a>
        ) : (
          <span className="font-medium">{source.title}</span>
        )}
        <Link href={`/sources/${source.id}`} className="text-muted-foreground text-xs hover:underline">
          In the library
        </Link>
      </span>
      <SourceMeta source={source} />
      {evidence.excerpt ? (
        <blockquote className="whitespace-pre-wrap border-l-2 pl-2 text-sm">{evidence.excerpt}</blockquote>
      ) : null}
      <span className="text-muted-foreground text-xs">
        {evidence.accessedAt ? `Accessed ${formatUtcDate(evidence.accessedAt)} · ` : ""}
        added by {evidence.createdByName}
        {source.snapshot ? (
          <>
            {" · "}
            <span title={`SHA-256 ${source.snapshot.sha256}`}>
              snapshot <code>{source.snapshot.sha256.slice(0, 12)}</code> of{" "}
              {formatUtcDate(source.snapshot.fetchedAt)}
            </span>
          </>
        ) : null}
      </span>
      {error ? (
        <p role="alert" className="text-destructive text-xs">
          {error}
        </p>
      ) : null}
      {canEdit ? (
        <div className="flex gap-2">
          {isConfirming ? (
            <>
              <Button
                size="sm"
                variant="destructive"
                disabled={isRemoving}
                onClick={remove}
                aria-label={`Confirm removing ${source.title}`}
              >
                {isRemoving ? "Removing…" : "Remove from claim"}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setIsConfirming(false)}>
                Keep
              </Button>
            </>
          ) : (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setError(null);
                setIsConfirming(true);
              }}
              aria-label={`Remove ${source.title}`}
            >
              Remove
            </Button>
          )}
        </div>
      ) : null}
    </li>
  );
}
