import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

type Block = { plainStart: number; plainEnd: number; posStart: number };

/**
 * Converts between offsets in a version's plain text (where claims are
 * anchored: text blocks joined by "\n\n", a hard break read as "\n") and
 * positions in the ProseMirror document showing it. Inside a text block one
 * character is one position, so only block starts need remembering.
 */
export type TextMap = {
  plainText: string;
  /** The document position of a plain-text offset (an offset between blocks goes to the nearer edge). */
  toPosition: (offset: number) => number;
  /** The plain-text offset of a document position. */
  toOffset: (position: number) => number;
};

export function createTextMap(doc: ProseMirrorNode): TextMap {
  const blocks: Block[] = [];
  let plainText = "";
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    if (blocks.length > 0) plainText += "\n\n";
    const plainStart = plainText.length;
    node.forEach((child) => {
      plainText += child.isText ? (child.text ?? "") : child.type.name === "hardBreak" ? "\n" : "";
    });
    blocks.push({ plainStart, plainEnd: plainText.length, posStart: position + 1 });
    return false;
  });
  const last = blocks.at(-1);

  const blockAtOffset = (offset: number) => {
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((blocks[middle] as Block).plainStart <= offset) low = middle;
      else high = middle - 1;
    }
    return blocks[low] as Block;
  };

  return {
    plainText,
    toPosition: (offset) => {
      if (!last) return 0;
      const block = blockAtOffset(offset);
      return (
        block.posStart + Math.min(Math.max(0, offset - block.plainStart), block.plainEnd - block.plainStart)
      );
    },
    toOffset: (position) => {
      if (!last) return 0;
      let low = 0;
      let high = blocks.length - 1;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if ((blocks[middle] as Block).posStart <= position) low = middle;
        else high = middle - 1;
      }
      const block = blocks[low] as Block;
      return (
        block.plainStart + Math.min(Math.max(0, position - block.posStart), block.plainEnd - block.plainStart)
      );
    },
  };
}
