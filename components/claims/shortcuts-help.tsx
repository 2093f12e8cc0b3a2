"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

export const SHORTCUTS: Array<[keys: string, action: string]> = [
  ["n", "New claim on the selected text"],
  ["j / k", "Next / previous claim"],
  ["Enter", "Open the selected claim (edit it)"],
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
      className="m-auto w-96 rounded-lg border bg-card p-6 text-card-foreground shadow-xl backdrop:bg-black/30"
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
