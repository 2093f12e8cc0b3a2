"use client";

import { useEffect, useRef } from "react";
import { readArticleActivityAction } from "@/app/(workspace)/articles/[articleId]/claim-actions";
import type { ClaimView } from "@/lib/claims/claim-view";

/** Often enough that a colleague's verdict shows within seconds; one indexed read when nothing changed. */
const POLL_INTERVAL_MS = 4000;

type ActivityOptions = {
  articleId: string;
  /** The stamp the page was rendered at. */
  initialStamp: string;
  onChange: (claims: { anchored: ClaimView[]; orphaned: ClaimView[] }) => void;
};

/**
 * Polls the article's change stamp while the tab is visible and hands over
 * the claims when anyone (another editor, or this one) changed something.
 * Polling rather than a socket: the app keeps no state between requests, so
 * any instance behind a load balancer can answer.
 */
export function useArticleActivity({ articleId, initialStamp, onChange }: ActivityOptions) {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    let stamp = initialStamp;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;
    const poll = async () => {
      if (document.visibilityState === "visible") {
        const result = await readArticleActivityAction({ articleId, since: stamp }).catch(() => null);
        if (isStopped) return;
        if (result?.ok) {
          stamp = result.data.stamp;
          if (result.data.claims) latest.current(result.data.claims);
        }
      }
      timer = setTimeout(poll, POLL_INTERVAL_MS);
    };
    timer = setTimeout(poll, POLL_INTERVAL_MS);
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
  }, [articleId, initialStamp]);
}
