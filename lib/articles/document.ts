/**
 * The structured form of an article version, a Tiptap/ProseMirror JSON
 * document. Its text, paragraph by paragraph, is the version's plain text:
 * claims anchor to offsets in that plain text.
 */
export type TextNode = {
  type: "text";
  text: string;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
};
export type BlockNode = {
  type: "paragraph" | "heading" | "blockquote" | "bulletList" | "orderedList" | "listItem";
  attrs?: Record<string, unknown>;
  content?: Array<BlockNode | TextNode>;
};
export type ArticleDocument = { type: "doc"; content: BlockNode[] };

/** Separates paragraphs in the plain text, as the reading view separates blocks. */
export const PARAGRAPH_SEPARATOR = "\n\n";

/** A document of plain paragraphs. */
export function documentFromParagraphs(paragraphs: string[]): ArticleDocument {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

/** The canonical plain text of a list of paragraphs. */
export function plainTextFromParagraphs(paragraphs: string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}
