"use client";

import { useCallback, useEffect, useState } from "react";
import {
  acceptAllSuggestionsAction,
  acceptSuggestionAction,
  dismissSuggestionAction,
  listSuggestionsAction,
} from "@/app/(workspace)/articles/[articleId]/suggestion-actions";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import type { SuggestionList } from "@/lib/suggestions/list-suggestions";

/** While the job queue is still reading a bulk-imported version, ask again this often. */
const DETECTING_POLL_MS = 3000;

/**
 * The current version's suggestions, loaded when the panel first opens and again while the queue
 * is still detecting them. Accepting hands the new claims to `onClaims`; every write answers an
 * error message or null.
 */
export function useSuggestions(options: {
  articleId: string;
  isOpen: boolean;
  onClaims: (claims: ClaimView[]) => void;
}) {
  const { articleId, isOpen, onClaims } = options;
  const [list, setList] = useState<SuggestionList | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reads, setReads] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reads` is the trigger of a new read.
  useEffect(() => {
    if (!isOpen) return;
    let isCurrent = true;
    listSuggestionsAction({ articleId }).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) return setLoadError(result.error);
      setLoadError(null);
      setList(result.data);
    });
    return () => {
      isCurrent = false;
    };
  }, [articleId, isOpen, reads]);

  useEffect(() => {
    if (!isOpen || !list?.isDetecting) return;
    const timer = setTimeout(() => setReads((count) => count + 1), DETECTING_POLL_MS);
    return () => clearTimeout(timer);
  }, [isOpen, list]);

  const drop = useCallback(
    (ids: string[]) =>
      setList(
        (current) =>
          current && {
            ...current,
            suggestions: current.suggestions.filter((each) => !ids.includes(each.id)),
          },
      ),
    [],
  );

  const accept = useCallback(
    async (suggestionId: string, kind?: ClaimKind) => {
      const result = await acceptSuggestionAction({ suggestionId, kind });
      if (!result.ok) return result.error;
      drop([suggestionId]);
      onClaims([result.data.claim]);
      return null;
    },
    [drop, onClaims],
  );

  const dismiss = useCallback(
    async (suggestionId: string) => {
      const result = await dismissSuggestionAction({ suggestionId });
      if (!result.ok) return result.error;
      drop([suggestionId]);
      return null;
    },
    [drop],
  );

  const acceptAll = useCallback(
    async (kind: ClaimKind) => {
      const result = await acceptAllSuggestionsAction({ articleId, kind });
      if (!result.ok) return result.error;
      drop(result.data.acceptedSuggestionIds);
      onClaims(result.data.claims);
      // Some may have been skipped (already a claim there): read the list again for the truth.
      setReads((count) => count + 1);
      return null;
    },
    [articleId, drop, onClaims],
  );

  return { list, loadError, accept, dismiss, acceptAll, reload: () => setReads((count) => count + 1) };
}
