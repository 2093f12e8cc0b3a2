"use client";

import { type Editor, EditorContent, useEditor } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import { useEffect } from "react";
import type { ArticleDocument } from "@/lib/articles/document";
import { ClaimHighlights } from "./claim-highlights";
import { DocumentFallback } from "./document-fallback";
import { createTextMap, type TextMap } from "./text-map";

export type TextSelection = { start: number; end: number; exact: string };

type ReviewReaderProps = {
  document: ArticleDocument;
  /** Called once the editor exists, with the map between plain-text offsets and document positions. */
  onReady: (editor: Editor, map: TextMap) => void;
  /** The editor's selection as plain-text offsets, or null when nothing is selected. */
  onSelectionChange: (selection: TextSelection | null) => void;
};

/**
 * The article in the review workspace: read-only text (the document is the
 * article and is never changed here), with claims drawn over it as
 * decorations. Give it a `key` that changes with the version.
 */
export function ReviewReader({ document, onReady, onSelectionChange }: ReviewReaderProps) {
  const editor = useEditor({
    extensions: [StarterKit, ClaimHighlights],
    content: document,
    editable: false,
    immediatelyRender: false,
    editorProps: { attributes: { role: "presentation" } },
  });

  useEffect(() => {
    if (!editor) return;
    const map = createTextMap(editor.state.doc);
    onReady(editor, map);
    // A read-only ProseMirror view does not track the DOM selection: read it from the browser.
    const onSelection = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return onSelectionChange(null);
      const range = selection.getRangeAt(0);
      if (!editor.view.dom.contains(range.commonAncestorContainer)) return onSelectionChange(null);
      const from = editor.view.posAtDOM(range.startContainer, range.startOffset);
      const to = editor.view.posAtDOM(range.endContainer, range.endOffset);
      const start = map.toOffset(Math.min(from, to));
      const end = map.toOffset(Math.max(from, to));
      onSelectionChange(end > start ? { start, end, exact: map.plainText.slice(start, end) } : null);
    };
    window.document.addEventListener("selectionchange", onSelection);
    return () => window.document.removeEventListener("selectionchange", onSelection);
  }, [editor, onReady, onSelectionChange]);

  return (
    <section aria-label="Article text" className="article-prose">
      {editor ? <EditorContent editor={editor} /> : <DocumentFallback document={document} />}
    </section>
  );
}
