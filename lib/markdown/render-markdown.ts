import type { Config, DOMPurify } from "dompurify";
import MarkdownIt from "markdown-it";

// Raw HTML is shown as text, not rendered; bare addresses become links; a line break in the textarea
// is a line break on the page. Headings, images and tables are not part of a rationale: their
// Markdown stays plain text.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true }).disable([
  "heading",
  "lheading",
  "image",
  "table",
]);

/** The markup a rendered rationale may keep, whatever the Markdown parser produced. */
const CONFIG: Config = {
  ALLOWED_TAGS: ["p", "br", "strong", "em", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr"],
  ALLOWED_ATTR: ["href"],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/**
 * Markdown (a verdict's rationale, a comment) as HTML that is safe to insert:
 * rendered without raw HTML, then sanitized by DOMPurify to basic formatting
 * and http(s)/mailto links, which open in a new tab without the opener or
 * referrer. Works on both sides: pass the browser's DOMPurify, or the
 * server's jsdom-bound one (./render-markdown-server.ts).
 */
export function renderMarkdown(source: string, purify: DOMPurify): string {
  // Without a DOM, DOMPurify returns its input unchanged: never let that through.
  if (!purify.isSupported) throw new Error("renderMarkdown needs a DOMPurify bound to a DOM.");
  const fragment = purify.sanitize(markdown.render(source), {
    ...CONFIG,
    RETURN_DOM_FRAGMENT: true,
  }) as unknown as DocumentFragment;
  for (const link of fragment.querySelectorAll("a")) {
    if (!link.hasAttribute("href")) {
      link.replaceWith(...link.childNodes);
      continue;
    }
    link.setAttribute("rel", "noopener noreferrer nofollow");
    link.setAttribute("target", "_blank");
  }
  const container = (fragment.ownerDocument ?? document).createElement("div");
  container.append(fragment);
  return container.innerHTML;
}
