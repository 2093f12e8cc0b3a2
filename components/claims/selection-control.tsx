"use client";

import { Button } from "@/components/ui/button";

type SelectionControlProps = { container: HTMLElement | null; onAdd: () => void };

/**
 * The small "Add claim" button that appears just above the selected words.
 * It is placed inside the article's (relatively positioned) container, so it
 * scrolls with the text.
 */
export function SelectionControl({ container, onAdd }: SelectionControlProps) {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  const origin = container.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  const top = Math.max(0, rect.top - origin.top - 40);
  const left = Math.min(Math.max(0, rect.left - origin.left), Math.max(0, origin.width - 140));
  return (
    <Button
      size="sm"
      className="absolute z-30 shadow-md"
      style={{ top, left }}
      aria-keyshortcuts="n"
      // Pressing the button must leave the selected words selected.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onAdd}
    >
      Add claim
    </Button>
  );
}
