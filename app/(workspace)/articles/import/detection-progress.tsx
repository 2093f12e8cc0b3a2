"use client";

import { useEffect, useState } from "react";
import { readDetectionProgressAction } from "@/app/(workspace)/articles/[articleId]/suggestion-actions";

const POLL_MS = 2000;

/**
 * After a bulk import: how many of the imported articles the job queue is still reading for
 * suggestions. Polls until none is left (the queue runs in the background; leaving the page is fine).
 */
export function DetectionProgress({ articleIds }: { articleIds: string[] }) {
  const [pending, setPending] = useState<number | null>(null);
  const key = articleIds.join(",");

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the ids.
  useEffect(() => {
    if (articleIds.length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;
    const poll = async () => {
      const result = await readDetectionProgressAction({ articleIds }).catch(() => null);
      if (isStopped) return;
      const left = result?.ok ? result.data.articles.length : null;
      setPending(left);
      if (left !== 0) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
  }, [key]);

  if (articleIds.length === 0 || pending === null) return null;
  return (
    <p role="status" className="text-muted-foreground text-sm">
      {pending === 0
        ? "Suggestions are ready on every imported article."
        : `Finding claims to check: ${articleIds.length - pending} of ${articleIds.length} articles read…`}
    </p>
  );
}
