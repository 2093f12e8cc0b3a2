import type { ArticleDocument, BlockNode, InlineNode, Mark } from "@/lib/articles/document";
import { normalizeDocument, safeHref } from "@/lib/articles/normalize-document";

/** Past this depth an element's text is taken whole (jsdom's textContent is a loop, not recursion). */
const MAX_WALK_DEPTH = 48;
const HEADING_LEVEL: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Where walking writes: the blocks so far and the paragraph being gathered. Shared by nested contexts. */
type Sink = { blocks: BlockNode[]; inline: InlineNode[] };
type Context = { sink: Sink; marks: Mark[]; depth: number; isPre: boolean };

/**
 * Turns sanitized HTML (see sanitize.ts) into an article document. Only
 * paragraphs, headings, block quotes and lists come out; every other block
 * element just ends the paragraph before it. The page's h1 becomes a level-2
 * heading: the article's title is the page's only h1.
 */
export function documentFromDom(root: ParentNode): ArticleDocument {
  const context = newContext(0);
  walk(root, context);
  flush(context.sink);
  return normalizeDocument({ type: "doc", content: context.sink.blocks });
}

function newContext(depth: number, blocks: BlockNode[] = []): Context {
  return { sink: { blocks, inline: [] }, marks: [], depth, isPre: false };
}

function walk(parent: ParentNode, context: Context): void {
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === TEXT_NODE) pushText(context, child.textContent ?? "");
    else if (child.nodeType === ELEMENT_NODE) visitElement(child as Element, context);
  }
}

function visitElement(element: Element, context: Context): void {
  const tag = element.localName;
  if (context.depth > MAX_WALK_DEPTH) {
    pushText(context, ` ${element.textContent ?? ""} `);
    return;
  }
  const deeper = { ...context, depth: context.depth + 1 };
  const level = HEADING_LEVEL[tag];
  if (tag === "strong" || tag === "b") withMark(element, deeper, { type: "bold" });
  else if (tag === "em" || tag === "i") withMark(element, deeper, { type: "italic" });
  else if (tag === "a") visitLink(element, deeper);
  else if (tag === "br") context.sink.inline.push({ type: "hardBreak" });
  else if (tag === "blockquote") pushContainer(context, "blockquote", [element]);
  else if (tag === "ul" || tag === "ol")
    pushList(element, context, tag === "ul" ? "bulletList" : "orderedList");
  else if (level) pushHeading(element, context, level);
  else {
    // Any other element left by the sanitizer is a block boundary: what it holds is its own paragraph(s).
    flush(context.sink);
    walk(element, tag === "pre" ? { ...deeper, isPre: true } : deeper);
    flush(context.sink);
  }
}

function visitLink(element: Element, context: Context): void {
  const href = safeHref(element.getAttribute("href"));
  if (href) withMark(element, context, { type: "link", attrs: { href } });
  else walk(element, context);
}

function withMark(element: Element, context: Context, mark: Mark): void {
  walk(element, { ...context, marks: [...context.marks, mark] });
}

function pushText(context: Context, text: string): void {
  const { inline } = context.sink;
  if (!context.isPre) {
    inline.push(textNode(text, context.marks));
    return;
  }
  text.split("\n").forEach((line, index) => {
    if (index > 0) inline.push({ type: "hardBreak" });
    inline.push(textNode(line, context.marks));
  });
}

function textNode(text: string, marks: Mark[]): InlineNode {
  return marks.length > 0 ? { type: "text", text, marks } : { type: "text", text };
}

function flush(sink: Sink): void {
  if (sink.inline.length === 0) return;
  sink.blocks.push({ type: "paragraph", content: sink.inline });
  sink.inline = [];
}

function pushHeading(element: Element, context: Context, level: 2 | 3 | 4): void {
  flush(context.sink);
  const inner = { ...newContext(context.depth + 1), marks: context.marks };
  walk(element, inner);
  flush(inner.sink);
  // Block elements nested in a heading still read as one heading.
  const content = inner.sink.blocks.flatMap((block, index) => [
    ...(index > 0 ? [{ type: "text", text: " " } as InlineNode] : []),
    ...((block.content ?? []) as InlineNode[]),
  ]);
  context.sink.blocks.push({ type: "heading", attrs: { level }, content });
}

function pushContainer(context: Context, type: "blockquote" | "listItem", elements: ParentNode[]): void {
  flush(context.sink);
  const inner = newContext(context.depth + 1);
  for (const element of elements) walk(element, inner);
  flush(inner.sink);
  if (inner.sink.blocks.length > 0) context.sink.blocks.push({ type, content: inner.sink.blocks });
}

function pushList(list: Element, context: Context, type: "bulletList" | "orderedList"): void {
  flush(context.sink);
  const items: BlockNode[] = [];
  const itemContext = newContext(context.depth + 1, items);
  for (const child of Array.from(list.childNodes)) {
    // Stray text or elements between items become items of their own; blank text does not.
    if (child.nodeType === TEXT_NODE && !child.textContent?.trim()) continue;
    if (child.nodeType !== TEXT_NODE && child.nodeType !== ELEMENT_NODE) continue;
    const isItem = child.nodeType === ELEMENT_NODE && (child as Element).localName === "li";
    if (isItem) pushContainer(itemContext, "listItem", [child as Element]);
    else pushContainer(itemContext, "listItem", [wrap(child)]);
  }
  if (items.length > 0) context.sink.blocks.push({ type, content: items });
}

/** A lone node as something walk() can iterate. */
function wrap(node: ChildNode): ParentNode {
  return { childNodes: [node] } as unknown as ParentNode;
}
