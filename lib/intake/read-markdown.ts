import MarkdownIt from "markdown-it";
import { type ReadHtmlResult, readHtml } from "./read-html";

// Raw HTML in Markdown is rendered, then sanitized like any other HTML; bare addresses become links.
const markdown = new MarkdownIt({ html: true, linkify: true });

/** A Markdown file: rendered to HTML, then read like HTML; its first level-1 heading is the title. */
export function readMarkdown(text: string): ReadHtmlResult {
  return readHtml(markdown.render(text), { extractMainContent: false });
}
