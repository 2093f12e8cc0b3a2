import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { getSchema } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import type { ArticleDocument } from "../document";

const ALLOWED_BLOCKS = new Set([
  "paragraph",
  "heading",
  "blockquote",
  "bulletList",
  "orderedList",
  "listItem",
]);
const ALLOWED_MARKS = new Set(["bold", "italic", "link"]);
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

// The reader's schema: a stored document must load into it exactly as stored.
const schema = getSchema([StarterKit]);

/**
 * Everything in a stored document outside the allowed set, described; an
 * empty list when it is clean. Written independently of
 * normalize-document.ts, so that tests check it rather than restate it.
 */
export function findDisallowedMarkup(document: unknown): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (typeof node !== "object" || node === null) {
      problems.push(`${where}: not an object`);
      return;
    }
    const { type, attrs, content, marks, text, ...rest } = node as Record<string, unknown>;
    if (Object.keys(rest).length > 0)
      problems.push(`${where}: unexpected keys ${Object.keys(rest).join(",")}`);
    if (type === "text") {
      if (typeof text !== "string" || text.length === 0) problems.push(`${where}: empty text`);
      for (const mark of (marks as Array<Record<string, unknown>> | undefined) ?? []) {
        if (!ALLOWED_MARKS.has(String(mark.type))) problems.push(`${where}: mark ${String(mark.type)}`);
        const href = (mark.attrs as { href?: unknown } | undefined)?.href;
        if (mark.type === "link" && !(typeof href === "string" && SAFE_LINK.test(href))) {
          problems.push(`${where}: link to ${String(href)}`);
        }
        if (mark.type !== "link" && mark.attrs) problems.push(`${where}: attributes on ${String(mark.type)}`);
      }
      return;
    }
    if (type === "hardBreak") return;
    if (!ALLOWED_BLOCKS.has(String(type))) {
      problems.push(`${where}: node ${String(type)}`);
      return;
    }
    const level = (attrs as { level?: unknown } | undefined)?.level;
    if (type === "heading" ? ![2, 3, 4].includes(level as number) : attrs !== undefined) {
      problems.push(`${where}: attributes ${JSON.stringify(attrs)}`);
    }
    for (const [index, child] of ((content as unknown[] | undefined) ?? []).entries()) {
      visit(child, `${where}/${String(type)}[${index}]`);
    }
  };
  const { type, content } = (document ?? {}) as { type?: unknown; content?: unknown };
  if (type !== "doc" || !Array.isArray(content)) return ["not a document"];
  for (const [index, node] of content.entries()) visit(node, `[${index}]`);
  return problems;
}

/**
 * The document loaded into the reader's ProseMirror schema (throws when
 * it does not fit), and its text as ProseMirror reads it: textblocks
 * separated by "\n\n", hard breaks as "\n". Stored plain text must equal it.
 */
export function readWithProseMirror(document: ArticleDocument): { text: string; shape: string } {
  const node = ProseMirrorNode.fromJSON(schema, document);
  node.check();
  const text = node.textBetween(0, node.content.size, "\n\n", (leaf) =>
    leaf.type.name === "hardBreak" ? "\n" : "",
  );
  return { text, shape: shapeOf(node.toJSON()) };
}

/**
 * A document's node and mark types as one string, e.g.
 * "doc(paragraph(text[bold] hardBreak))": what ProseMirror kept, leaving out
 * the default attributes it adds (an ordered list's start, a link's rel).
 */
export function shapeOf(node: unknown): string {
  const { type, content, marks } = node as {
    type: string;
    content?: unknown[];
    marks?: Array<{ type: string }>;
  };
  const markList = marks?.length ? `[${marks.map((mark) => mark.type).join(",")}]` : "";
  const children = content?.length ? `(${content.map(shapeOf).join(" ")})` : "";
  return `${type}${markList}${children}`;
}
