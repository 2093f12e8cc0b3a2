"use client";

import DOMPurify from "dompurify";
import { useMemo, useSyncExternalStore } from "react";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { cn } from "@/lib/utils";

const subscribeNever = () => () => {};

// Markdown's own elements, styled here because the base styles reset lists, links and quotes.
const CONTENT_STYLES =
  "break-words [&_a]:underline [&_a]:underline-offset-2 [&_blockquote]:border-l-2 [&_blockquote]:pl-3 " +
  "[&_blockquote]:text-muted-foreground [&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_code]:font-mono " +
  "[&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:pl-5 " +
  "[&>*+*]:mt-2";

/**
 * Untrusted Markdown (a rationale) rendered in the browser through
 * lib/markdown/render-markdown.ts, the one sanitizer for it. DOMPurify needs
 * the browser's DOM, so a server render (and hydration) shows the source as
 * plain text, which React escapes.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const isBrowser = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const html = useMemo(() => (isBrowser ? renderMarkdown(source, DOMPurify) : null), [isBrowser, source]);
  if (html === null) return <div className={cn("whitespace-pre-wrap", className)}>{source}</div>;
  return (
    <div
      className={cn(CONTENT_STYLES, className)}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by renderMarkdown (DOMPurify, allow-list).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
