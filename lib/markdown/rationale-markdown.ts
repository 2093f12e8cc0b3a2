import MarkdownIt from "markdown-it";

// The rationale's Markdown for the report, rendered without a DOM. lib/markdown/render-markdown.ts sanitizes
// with DOMPurify, which needs jsdom on the server at about 6 ms a rationale: 6 s for 1,000 claims. Here the
// output is safe by construction instead: with html:false markdown-it escapes every raw tag and entity-encodes
// text and attributes, and links are limited to http(s)/mailto, the same allow-list the browser path keeps.
// Same options as the browser path, so a rationale reads alike in the panel and in the report.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true }).disable([
  "heading",
  "lheading",
  "image",
  "table",
]);
markdown.validateLink = (url) => /^(?:https?:|mailto:)/i.test(url.trim());

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, index, options, env, self);
};

/** A rationale's Markdown as HTML: basic formatting and http(s)/mailto links, never raw HTML. */
export function renderRationaleHtml(source: string): string {
  return markdown.render(source);
}

/**
 * A rationale's Markdown as plain text, for formats without markup (the PDF): emphasis dropped,
 * list items bulleted, a link's address kept after its text, paragraphs on their own lines.
 */
export function rationalePlainText(source: string): string {
  const lines: string[] = [];
  let bullet = "";
  for (const token of markdown.parse(source, {})) {
    if (token.type === "list_item_open") bullet = "• ";
    if (token.type !== "inline" && token.type !== "code_block" && token.type !== "fence") continue;
    if (token.type !== "inline") {
      lines.push(token.content.replace(/\n$/, ""));
      continue;
    }
    let text = "";
    let href = "";
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "code_inline") text += child.content;
      else if (child.type === "softbreak" || child.type === "hardbreak") text += "\n";
      else if (child.type === "link_open") href = String(child.attrGet("href") ?? "");
      else if (child.type === "link_close" && href && !text.endsWith(href)) text += ` <${href}>`;
    }
    lines.push(bullet + text);
    bullet = "";
  }
  return lines.join("\n");
}
