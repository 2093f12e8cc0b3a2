"use client";

import { useEffect, useRef } from "react";

export type ReviewShortcutHandlers = {
  onNewClaim: () => void;
  onNext: () => void;
  onPrevious: () => void;
  onOpen: () => void;
  onEscape: () => void;
  onToggleHelp: () => void;
  /** A number key 1–7: the verdict at that place in VERDICT_KEYS (labels.ts). */
  onVerdict: (index: number) => void;
  onAddSource: () => void;
  onComment: () => void;
  onAssign: () => void;
  /** t: between the claims and the suggestions. */
  onToggleTab: () => void;
  /** y / x: accept or dismiss the open suggestion. */
  onAcceptSuggestion: () => void;
  onDismissSuggestion: () => void;
};

/**
 * The review workspace's keys (listed in shortcuts-help.tsx). Typing in a
 * field never triggers them, except Esc, which closes what is open.
 */
export function useReviewShortcuts(handlers: ReviewShortcutHandlers) {
  // The latest handlers, read at key time: the listener is added once and never sees stale state.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const handlers = latest.current;
      if (event.key === "Escape") return handlers.onEscape();
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], dialog")) return;
      const action: Record<string, (() => void) | undefined> = {
        n: handlers.onNewClaim,
        j: handlers.onNext,
        k: handlers.onPrevious,
        "?": handlers.onToggleHelp,
        s: handlers.onAddSource,
        c: handlers.onComment,
        a: handlers.onAssign,
        t: handlers.onToggleTab,
        y: handlers.onAcceptSuggestion,
        x: handlers.onDismissSuggestion,
        ...Object.fromEntries(
          ["1", "2", "3", "4", "5", "6", "7"].map((key, index) => [key, () => handlers.onVerdict(index)]),
        ),
        // Enter on a button (a highlight, a claim) is that button's own business.
        Enter: target?.closest("button, [role='button'], a") ? undefined : handlers.onOpen,
      };
      const run = action[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
