"use client";

import { useCallback, useEffect, useId, useState } from "react";
import {
  createShareLinkAction,
  listShareLinksAction,
  revokeShareLinkAction,
} from "@/app/(workspace)/articles/[articleId]/share-actions";
import { formatUtcDate, formatUtcDateTime } from "@/components/articles/article-date";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ShareLinkView } from "@/lib/share-links/share-link-view";
import { NewShareLink } from "./share-links-new-link";

const LIFETIMES = [
  { days: 1, label: "1 day" },
  { days: 7, label: "7 days" },
  { days: 30, label: "30 days" },
];

/**
 * Editors share the article's read-only report with people outside the workspace: a "Share"
 * button opens the live links (with their expiry), a form to create one (its URL shown once,
 * to copy) and "Revoke" per link. The links load when the panel opens, not with the page.
 */
export function ShareLinks({ articleId }: { articleId: string }) {
  const panelId = useId();
  const lifetimeId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [links, setLinks] = useState<ShareLinkView[] | null>(null);
  const [days, setDays] = useState("7");
  const [created, setCreated] = useState<{ url: string; expiresAt: Date } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  const refresh = useCallback(async () => {
    const result = await listShareLinksAction({ articleId });
    if (result.ok) setLinks(result.data);
    else setError(result.error);
  }, [articleId]);

  useEffect(() => {
    if (isOpen) void refresh();
  }, [isOpen, refresh]);

  async function create() {
    setIsPending(true);
    const result = await createShareLinkAction({ articleId, expiresInDays: Number(days) });
    setIsPending(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setCreated({
      url: `${window.location.origin}/share/${result.data.token}`,
      expiresAt: result.data.link.expiresAt,
    });
    await refresh();
  }

  async function revoke(link: ShareLinkView) {
    if (!window.confirm("Revoke this link? Anyone who has it will see an expired page from now on.")) return;
    const result = await revokeShareLinkAction({ shareLinkId: link.id });
    if (!result.ok) return setError(result.error);
    setError(null);
    await refresh();
  }

  return (
    <>
      <Button
        variant="outline"
        size="sm"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        Share
      </Button>
      {isOpen ? (
        <section
          id={panelId}
          aria-label="Share links"
          className="flex basis-full flex-col gap-3 rounded-md border p-4 text-foreground"
        >
          <p>
            Anyone with a share link can read this article's report without signing in, until the link expires
            or you revoke it.
          </p>
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <Label htmlFor={lifetimeId}>Link expires after</Label>
              <Select
                id={lifetimeId}
                className="h-8 w-32 py-0"
                value={days}
                onChange={(event) => setDays(event.target.value)}
              >
                {LIFETIMES.map((lifetime) => (
                  <option key={lifetime.days} value={String(lifetime.days)}>
                    {lifetime.label}
                  </option>
                ))}
              </Select>
            </div>
            <Button size="sm" disabled={isPending} onClick={create}>
              {isPending ? "Creating…" : "Create share link"}
            </Button>
          </div>
          {error ? (
            <p role="alert" className="text-destructive">
              {error}
            </p>
          ) : null}
          {created ? <NewShareLink {...created} /> : null}
          <LinkList links={links} onRevoke={revoke} />
        </section>
      ) : null}
    </>
  );
}

function LinkList({
  links,
  onRevoke,
}: {
  links: ShareLinkView[] | null;
  onRevoke: (link: ShareLinkView) => void;
}) {
  if (links === null) return <p className="text-muted-foreground">Loading links…</p>;
  if (links.length === 0) return <p className="text-muted-foreground">No live share links.</p>;
  return (
    <ul aria-label="Live share links" className="flex flex-col divide-y rounded-md border">
      {links.map((link) => (
        <li key={link.id} className="flex items-center justify-between gap-3 px-3 py-2">
          <span>
            Expires {formatUtcDateTime(link.expiresAt)} · created by {link.createdByName} on{" "}
            {formatUtcDate(link.createdAt)}
          </span>
          <Button size="sm" variant="ghost" onClick={() => onRevoke(link)}>
            Revoke
          </Button>
        </li>
      ))}
    </ul>
  );
}
