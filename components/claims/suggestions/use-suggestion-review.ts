"use client";

import { type RefObject, useCallback, useMemo, useState } from "react";
import type { Highlight } from "@/components/editor/claim-highlights";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { revealHighlight } from "../highlight-dom";
import { KIND_LABELS } from "../labels";
import { useSuggestions } from "./use-suggestions";

/** Suggestion highlights share the article with claims; this prefix tells their ids apart. */
export const SUGGESTION_PREFIX = "suggestion:";

export function isSuggestionHighlight(id: string): boolean {
  return id.startsWith(SUGGESTION_PREFIX);
}

/**
 * The suggestions tab of the review workspace: which suggestion is open, the kind shown, their
 * dashed highlights (drawn only while the tab is open, so the claims stay readable otherwise), and
 * the keyboard's accept (y), dismiss (x) and j/k, each moving on to the next suggestion.
 */
export function useSuggestionReview(options: {
  articleId: string;
  isOpen: boolean;
  canEdit: boolean;
  reader: RefObject<HTMLElement | null>;
  onClaims: (claims: ClaimView[]) => void;
  onMessage: (message: string) => void;
}) {
  const { isOpen, canEdit, reader, onMessage } = options;
  const data = useSuggestions(options);
  const [kind, setKind] = useState<ClaimKind | "ALL">("ALL");
  const [activeId, setActiveId] = useState<string | null>(null);
  const visible = useMemo(
    () => (data.list?.suggestions ?? []).filter((each) => kind === "ALL" || each.kind === kind),
    [data.list, kind],
  );

  const focus = useCallback(
    (id: string) => {
      setActiveId(id);
      revealHighlight(reader.current, `${SUGGESTION_PREFIX}${id}`);
      document.getElementById(`suggestion-${id}`)?.scrollIntoView({ block: "nearest" });
    },
    [reader],
  );

  const neighbourOf = (id: string) => {
    const index = visible.findIndex((each) => each.id === id);
    return (visible[index + 1] ?? visible[index - 1])?.id ?? null;
  };

  const step = (direction: 1 | -1) => {
    if (visible.length === 0) return;
    const index = visible.findIndex((each) => each.id === activeId);
    const next =
      index === -1
        ? direction === 1
          ? 0
          : visible.length - 1
        : (index + direction + visible.length) % visible.length;
    focus((visible[next] as { id: string }).id);
  };

  /** Accepts or dismisses a suggestion, then opens the next one, so a list is worked through by keyboard. */
  const decide = async (id: string, write: (id: string) => Promise<string | null>) => {
    if (!canEdit) return onMessage("Viewers can read suggestions but not accept or dismiss them.");
    const next = neighbourOf(id);
    const error = await write(id);
    if (error) return onMessage(error);
    if (next) focus(next);
    else setActiveId(null);
  };

  const highlights = useMemo(
    (): Highlight[] =>
      isOpen
        ? visible.map((suggestion) => ({
            id: `${SUGGESTION_PREFIX}${suggestion.id}`,
            start: suggestion.start,
            end: suggestion.end,
            variant: "suggestion",
            label: `Suggestion: ${KIND_LABELS[suggestion.kind]}: “${suggestion.text}”`,
          }))
        : [],
    [isOpen, visible],
  );

  return {
    ...data,
    kind,
    setKind,
    activeId,
    visible,
    highlights,
    focus,
    step,
    accept: (id: string) => decide(id, (each) => data.accept(each)),
    dismiss: (id: string) => decide(id, data.dismiss),
    acceptActive: () =>
      activeId
        ? decide(activeId, (each) => data.accept(each))
        : onMessage("Open a suggestion first: press j."),
    dismissActive: () =>
      activeId ? decide(activeId, data.dismiss) : onMessage("Open a suggestion first: press j."),
  };
}
