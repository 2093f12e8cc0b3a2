/**
 * The structured form of an article version, a Tiptap/ProseMirror JSON
 * document. Its text, block by block, is the version's plain text: claims
 * anchor to offsets in that plain text (see plainTextFromDocument).
 */
export type Mark = { type: "bold" } | { type: "italic" } | { type: "link"; attrs: { href: string } };
export type TextNode = {
  type: "text";
  text: string;
  marks?: Mark[];
};
/** A line break inside a block (`<br>`); it reads as "\n" in the plain text. */
export type HardBreakNode = { type: "hardBreak" };
export type InlineNode = TextNode | HardBreakNode;
export type BlockNode = {
  type: "paragraph" | "heading" | "blockquote" | "bulletList" | "orderedList" | "listItem";
  attrs?: Record<string, unknown>;
  content?: Array<BlockNode | InlineNode>;
};
export type ArticleDocument = { type: "doc"; content: BlockNode[] };

/** Separates blocks in the plain text, as the reading view separates them. */
export const PARAGRAPH_SEPARATOR = "\n\n";

/** The blocks whose text is one unit of the plain text; the others only contain blocks. */
const TEXT_BLOCKS = new Set(["paragraph", "heading"]);

/** A document of plain paragraphs (an empty string is an empty paragraph). */
export function documentFromParagraphs(paragraphs: string[]): ArticleDocument {
  return {
    type: "doc",
    content: paragraphs.map((text) =>
      text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" },
    ),
  };
}

/** The canonical plain text of a list of paragraphs. */
export function plainTextFromParagraphs(paragraphs: string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

/**
 * The text of each text block (paragraph or heading, wherever it sits: in a
 * block quote, in a list item), in document order. A hard break reads as "\n".
 */
export function blockTextsOfDocument(document: ArticleDocument): string[] {
  const texts: string[] = [];
  const visit = (node: BlockNode | InlineNode) => {
    if (node.type === "text" || node.type === "hardBreak") return;
    if (TEXT_BLOCKS.has(node.type)) {
      texts.push(inlineText(node.content ?? []));
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const block of document.content) visit(block);
  return texts;
}

/**
 * The canonical plain text of a version: its block texts joined by
 * PARAGRAPH_SEPARATOR. Every stored version's plainText is exactly this, so
 * a W3C TextPosition selector on the plain text maps to one spot in the document.
 */
export function plainTextFromDocument(document: ArticleDocument): string {
  return blockTextsOfDocument(document).join(PARAGRAPH_SEPARATOR);
}

function inlineText(nodes: Array<BlockNode | InlineNode>): string {
  let text = "";
  for (const node of nodes) {
    if (node.type === "text") text += node.text;
    else if (node.type === "hardBreak") text += "\n";
  }
  return text;
}

/** Words in a plain text, as an editor would count them. */
export function countWords(plainText: string): number {
  return plainText.match(/[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
