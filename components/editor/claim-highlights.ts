import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Editor } from "@tiptap/react";
import type { TextMap } from "./text-map";

/** What a highlight needs to know of a claim. Offsets are in the version's plain text. */
export type Highlight = {
  id: string;
  start: number;
  end: number;
  /** CSS modifier, e.g. the verdict ("verdict-false") or "pending" while saving. */
  variant: string;
  /** Accessible name of the highlight, read by screen readers and shown on focus. */
  label: string;
};

const key = new PluginKey<DecorationSet>("claimHighlights");

/**
 * Draws claims as inline decorations over the article: the stored document
 * stays the article, untouched. Each highlight is a focusable element with
 * an accessible name, so claims can be reached and opened by keyboard.
 */
export const ClaimHighlights = Extension.create({
  name: "claimHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply: (transaction, set) =>
            transaction.getMeta(key) ?? set.map(transaction.mapping, transaction.doc),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

/** Replaces the drawn highlights; `activeId` is drawn emphasized. */
export function showHighlights(
  editor: Editor,
  map: TextMap,
  highlights: Highlight[],
  activeId: string | null,
) {
  const decorations = highlights.map((highlight) =>
    Decoration.inline(
      map.toPosition(highlight.start),
      map.toPosition(highlight.end),
      {
        // An element of its own per claim: without nodeName, ProseMirror merges the attributes of
        // overlapping decorations into one element and all but one claim would lose their id.
        nodeName: "span",
        class: `claim-highlight ${highlight.variant}${highlight.id === activeId ? " is-active" : ""}`,
        "data-claim-id": highlight.id,
        tabindex: "0",
        role: "button",
        "aria-label": highlight.label,
      },
      { claimId: highlight.id },
    ),
  );
  editor.view.dispatch(editor.state.tr.setMeta(key, DecorationSet.create(editor.state.doc, decorations)));
}
