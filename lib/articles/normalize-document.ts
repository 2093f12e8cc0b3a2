import type { ArticleDocument, BlockNode, InlineNode, Mark, TextNode } from "./document";
import { normalizeInline } from "./normalize-inline";

/**
 * Past this nesting (quotes in lists in quotes …) containers are flattened
 * into their paragraphs: no article needs it, and hostile input uses it to
 * exhaust the stack of whoever walks the document.
 */
const MAX_DEPTH = 12;
const CONTAINERS = new Set(["blockquote", "bulletList", "orderedList", "listItem"]);
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

type Json = Record<string, unknown>;

/**
 * The only document Factdesk stores: paragraphs, headings (levels 2–4),
 * block quotes, bullet and ordered lists, and text that may be bold, italic
 * or a link to an http(s) or mailto address, with single line breaks.
 * Anything else in `input` (other nodes, marks, attributes, unsafe links,
 * empty blocks) is dropped and whitespace is collapsed as HTML would show it,
 * so the result renders the same everywhere and its plain text is stable.
 * Accepts untrusted JSON: a browser's copy of a preview is normalized again.
 */
export function normalizeDocument(input: unknown): ArticleDocument {
  const content = isObject(input) && Array.isArray(input.content) ? input.content : [];
  return { type: "doc", content: normalizeBlocks(content, 0) };
}

function normalizeBlocks(nodes: unknown[], depth: number): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const node of nodes) {
    if (isObject(node)) blocks.push(...normalizeBlock(node, depth));
  }
  return blocks;
}

function normalizeBlock(node: Json, depth: number): BlockNode[] {
  const children = Array.isArray(node.content) ? node.content : [];
  if (depth >= MAX_DEPTH && node.type !== "paragraph" && node.type !== "heading") {
    return flattenDeep(children);
  }
  switch (node.type) {
    case "paragraph":
      return textBlock({ type: "paragraph" }, children);
    case "heading":
      return textBlock({ type: "heading", attrs: { level: headingLevel(node.attrs) } }, children);
    case "blockquote": {
      const content = normalizeBlocks(children, depth + 1);
      return content.length > 0 ? [{ type: "blockquote", content }] : [];
    }
    case "bulletList":
    case "orderedList": {
      const items = children.filter(isObject).flatMap((item) => listItem(item, depth + 1));
      return items.length > 0 ? [{ type: node.type, content: items }] : [];
    }
    case "listItem":
      // A list item outside a list: keep its text.
      return normalizeBlocks(children, depth + 1);
    default:
      return [];
  }
}

/** ProseMirror's listItem must start with a paragraph; one that cannot is flattened into text. */
function listItem(node: Json, depth: number): BlockNode[] {
  if (node.type !== "listItem") return [];
  const content = normalizeBlocks(Array.isArray(node.content) ? node.content : [], depth);
  const first = content[0];
  if (!first) return [];
  if (first.type === "heading") content[0] = { type: "paragraph", content: first.content };
  else if (first.type !== "paragraph") return [{ type: "listItem", content: flattenBlocks(content) }];
  return [{ type: "listItem", content }];
}

/** The text blocks under over-deep containers, as paragraphs; a loop, not recursion, however deep the input. */
function flattenDeep(children: unknown[]): BlockNode[] {
  const paragraphs: BlockNode[] = [];
  const stack = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    const content = Array.isArray(node.content) ? node.content : [];
    if (node.type === "paragraph" || node.type === "heading") {
      paragraphs.push(...textBlock({ type: "paragraph" }, content));
    } else if (CONTAINERS.has(String(node.type))) {
      for (let index = content.length - 1; index >= 0; index--) stack.push(content[index]);
    }
  }
  return paragraphs;
}

function flattenBlocks(blocks: BlockNode[]): BlockNode[] {
  return blocks.flatMap((block) =>
    block.type === "paragraph"
      ? [block]
      : block.type === "heading"
        ? [{ type: "paragraph", content: block.content } as BlockNode]
        : flattenBlocks((block.content ?? []) as BlockNode[]),
  );
}

function textBlock(block: BlockNode, children: unknown[]): BlockNode[] {
  const content = normalizeInline(children.filter(isObject).flatMap(inlineNode));
  return content.length > 0 ? [{ ...block, content }] : [];
}

function inlineNode(node: Json): InlineNode[] {
  if (node.type === "hardBreak") return [{ type: "hardBreak" }];
  if (node.type !== "text" || typeof node.text !== "string") return [];
  const marks = normalizeMarks(node.marks);
  const text: TextNode = { type: "text", text: node.text };
  if (marks.length > 0) text.marks = marks;
  return [text];
}

/** Known marks only, each once, in one order (ProseMirror rejects duplicates; one order merges runs). */
function normalizeMarks(value: unknown): Mark[] {
  if (!Array.isArray(value)) return [];
  const types = new Set(value.filter(isObject).map((mark) => mark.type));
  const link = value.filter(isObject).find((mark) => mark.type === "link");
  const href = link && isObject(link.attrs) ? safeHref(link.attrs.href) : null;
  const marks: Mark[] = [];
  if (href) marks.push({ type: "link", attrs: { href } });
  if (types.has("bold")) marks.push({ type: "bold" });
  if (types.has("italic")) marks.push({ type: "italic" });
  return marks;
}

/** An absolute http(s) or mailto address, normalized; null for anything else (javascript:, data:, relative). */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2048) return null;
  try {
    const url = new URL(value.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function headingLevel(attrs: unknown): 2 | 3 | 4 {
  const level = isObject(attrs) ? Number(attrs.level) : 2;
  return level >= 4 ? 4 : level === 3 ? 3 : 2;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
