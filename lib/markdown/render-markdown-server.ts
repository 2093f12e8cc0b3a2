import { getPurify } from "@/lib/intake/html-dom";
import { renderMarkdown } from "./render-markdown";

/** renderMarkdown on the server, with the process's jsdom-bound DOMPurify. */
export function renderMarkdownOnServer(source: string): string {
  return renderMarkdown(source, getPurify());
}
