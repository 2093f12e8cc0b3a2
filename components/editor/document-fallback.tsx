import { Fragment, type ReactNode } from "react";
import type { ArticleDocument, BlockNode, InlineNode } from "@/lib/articles/document";

type DocumentNode = BlockNode | InlineNode;

function renderNode(node: DocumentNode, key: number): ReactNode {
  if (node.type === "hardBreak") return <br key={key} />;
  if (node.type === "text") return renderText(node.text, node.marks ?? [], key);
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

// Stored documents are normalized (lib/articles/normalize-document.ts): link targets are http(s) or mailto only.
function renderText(
  text: string,
  marks: NonNullable<Extract<InlineNode, { type: "text" }>["marks"]>,
  key: number,
) {
  let content: ReactNode = text;
  for (const mark of [...marks].reverse()) {
    if (mark.type === "bold") content = <strong>{content}</strong>;
    else if (mark.type === "italic") content = <em>{content}</em>;
    else if (mark.type === "link")
      content = (
        <a href={mark.attrs.href} rel="noopener noreferrer nofollow" target="_blank">
          {content}
        </a>
      );
  }
  return <Fragment key={key}>{content}</Fragment>;
}

/**
 * The article as plain HTML, shown until the editor mounts in the browser (Tiptap can't render on the
 * server), so the text is readable at once and without JavaScript.
 */
export function DocumentFallback({ document }: { document: ArticleDocument }) {
  return <div>{document.content.map(renderNode)}</div>;
}
