"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import type { ArticleDocument } from "@/lib/articles/document";
import { DocumentFallback } from "./document-fallback";

type ArticleReaderProps = {
  document: ArticleDocument;
};

/**
 * The article body, read-only. It is a ProseMirror view rather than plain HTML so claims can later be drawn
 * over the text as decorations. The editor reads `document` once: give this component a `key` that changes
 * with the version.
 */
export function ArticleReader({ document }: ArticleReaderProps) {
  const editor = useEditor({
    extensions: [StarterKit],
    content: document,
    editable: false,
    // Rendering on the server would mismatch on hydration; the fallback covers the gap instead.
    immediatelyRender: false,
    editorProps: {
      // Tiptap marks its element as a textbox; this one is read, not edited, so expose just the text.
      attributes: { role: "presentation" },
    },
  });

  return (
    <section aria-label="Article text" className="article-prose">
      {editor ? <EditorContent editor={editor} /> : <DocumentFallback document={document} />}
    </section>
  );
}
