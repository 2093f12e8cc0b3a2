import type { InlineNode, Mark, TextNode } from "./document";

// Whitespace as HTML collapses it (not the no-break space, which writers use on purpose in "1 000").
const COLLAPSIBLE = /[ \t\n\r\f\v\u2028\u2029]+/g;
// Controls and byte-order marks carry nothing a reader sees; PostgreSQL refuses NUL outright.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\uFEFF]/g;
// Half a surrogate pair becomes U+FFFD when stored as UTF-8: replace it now so offsets agree.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as it will be stored: valid UTF-16, no invisible controls, whitespace runs as one space. */
export function cleanText(text: string): string {
  return wellFormed(text).replace(INVISIBLE, "").replace(COLLAPSIBLE, " ");
}

/**
 * Valid UTF-16: half a surrogate pair becomes U+FFFD. PostgreSQL refuses one
 * in JSON outright ("\ud800"), and turns one in text into U+FFFD silently.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** At most `limit` UTF-16 units ending in "…" when cut, never cutting a character in two. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1).replace(/[\uD800-\uDBFF]$/, "");
  return `${cut.trimEnd()}…`;
}

/**
 * The inline content of one block as a reader sees it: whitespace collapsed
 * across nodes, none at the block's edges or around line breaks, no empty
 * text, no repeated or edge line breaks, and neighbours with the same marks merged.
 */
export function normalizeInline(nodes: InlineNode[]): InlineNode[] {
  const result: InlineNode[] = [];
  for (const node of nodes) {
    const previous = result.at(-1);
    if (node.type === "hardBreak") {
      trimEnd(result);
      const last = result.at(-1);
      if (last && last.type !== "hardBreak") result.push({ type: "hardBreak" });
      continue;
    }
    let text = cleanText(node.text);
    if (!previous || previous.type === "hardBreak" || previous.text.endsWith(" "))
      text = text.replace(/^ /, "");
    if (!text) continue;
    if (previous?.type === "text" && sameMarks(previous.marks, node.marks)) {
      previous.text += text;
    } else {
      const copy: TextNode = { type: "text", text };
      if (node.marks?.length) copy.marks = node.marks;
      result.push(copy);
    }
  }
  trimEnd(result);
  return result;
}

/** Drops trailing spaces and line breaks until the block ends in a visible character. */
function trimEnd(nodes: InlineNode[]): void {
  for (let last = nodes.at(-1); last; last = nodes.at(-1)) {
    if (last.type === "hardBreak") {
      nodes.pop();
      continue;
    }
    last.text = last.text.replace(/ $/, "");
    if (last.text) return;
    nodes.pop();
  }
}

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return (
    left.length === right.length &&
    left.every((mark, index) => {
      const other = right[index];
      if (!other || other.type !== mark.type) return false;
      return mark.type !== "link" || (other.type === "link" && other.attrs.href === mark.attrs.href);
    })
  );
}
