import type { ReactNode } from "react";
import type { ArticleDocument, BlockNode, TextNode } from "@/lib/articles/document";

type DocumentNode = BlockNode | TextNode;

function renderNode(node: DocumentNode, key: number): ReactNode {
  if (node.type === "text") return node.text;
  const children = node.content?.map(renderNode);
  switch (node.type) {
    case "heading": {
      const level = Number(node.attrs?.level ?? 2);
      const Heading = level <= 2 ? "h2" : level === 3 ? "h3" : "h4";
      return <Heading key={key}>{children}</Heading>;
    }
    case "blockquote":
      return <blockquote key={key}>{children}</blockquote>;
    case "bulletList":
      return <ul key={key}>{children}</ul>;
    case "orderedList":
      return <ol key={key}>{children}</ol>;
    case "listItem":
      return <li key={key}>{children}</li>;
    default:
      return <p key={key}>{children}</p>;
  }
}

/**
 * The article as plain HTML, shown until the editor mounts in the browser (Tiptap can't render on the
 * server), so the text is readable at once and without JavaScript. Marks are dropped: it lasts a moment.
 */
export function DocumentFallback({ document }: { document: ArticleDocument }) {
  return <div>{document.content.map(renderNode)}</div>;
}
