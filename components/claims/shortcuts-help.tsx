"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { VERDICT_KEYS, VERDICT_LABELS } from "./labels";

export const SHORTCUTS: Array<[keys: string, action: string]> = [
  ["n", "New claim on the selected text"],
  ["j / k", "Next / previous claim (or suggestion, on that tab)"],
  ["Enter", "Edit the selected claim"],
  [
    "1 – 7",
    `Set the selected claim's verdict: ${VERDICT_KEYS.map((verdict, index) => `${index + 1} ${VERDICT_LABELS[verdict].toLowerCase()}`).join(", ")}`,
  ],
  ["s", "Add a source as evidence to the selected claim"],
  ["c", "Comment on the selected claim"],
  ["a", "Assign the selected claim"],
  ["t", "Switch between claims and suggestions"],
  ["y / x", "Accept / dismiss the open suggestion (then the next one opens)"],
  ["Esc", "Close the open form or card"],
  ["?", "Show or hide these shortcuts"],
];

/** The keyboard shortcuts of the review workspace, as a modal dialog. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-heading"
      onClose={onClose}
      className="m-auto w-[28rem] rounded-lg border bg-card p-6 text-card-foreground shadow-xl backdrop:bg-black/30"
    >
      <h2 id="shortcuts-heading" className="mb-4 font-semibold text-lg">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <Button className="mt-6" variant="outline" onClick={() => dialog.current?.close()}>
        Close
      </Button>
    </dialog>
  );
}
