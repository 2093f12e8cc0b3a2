import { Readability } from "@mozilla/readability";
import type { ArticleDocument } from "@/lib/articles/document";
import { documentFromDom } from "./dom-to-document";
import { parseHtml } from "./html-dom";
import { normalizeLanguage, parseDate, readPageMetadata } from "./page-metadata";
import { describeRemoved, sanitizeHtml } from "./sanitize";
import type { FoundMetadata } from "./types";

/** An HTML source read into a document, with what it said about itself and notes for the editor. */
export type ReadHtmlResult = { metadata: FoundMetadata; document: ArticleDocument; notes: string[] };

export type ReadHtmlOptions = {
  /** The page's address: relative links resolve against it. */
  pageUrl?: string;
  /**
   * Find the article inside a web page (Mozilla Readability), leaving out
   * menus, comments and the like. Off for HTML that is only the article
   * (converted Markdown or Word).
   */
  extractMainContent: boolean;
};

// Readability's passes grow faster than linearly with the page; past this it gives up and the whole page is used.
const MAX_ELEMENTS_FOR_READABILITY = 60_000;

/**
 * Reads untrusted HTML: metadata first (JSON-LD, meta tags), then the main
 * content, sanitized (sanitize.ts) and converted to the stored document shape.
 */
export function readHtml(html: string, options: ReadHtmlOptions): ReadHtmlResult {
  const page = parseHtml(html, options.pageUrl);
  const found = readPageMetadata(page);
  const pageTitle = page.title.trim() || null;
  const firstH1 = visibleText(page.querySelector("h1"));
  const notes: string[] = [];
  let contentHtml: string | null = null;
  let article: ReturnType<Readability["parse"]> = null;
  if (options.extractMainContent) {
    try {
      article = new Readability(page, { maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY }).parse();
      if (article?.textContent?.trim()) contentHtml = article.content ?? null;
    } catch (error) {
      // Readability gives up on huge pages ("Aborting parsing document") and trips on odd ones (framesets).
      const reason = /Aborting parsing/.test(String(error))
        ? "The page was too large"
        : "The page's layout was unusual";
      notes.push(`${reason} to find its main text: all of its text was imported. Check it.`);
    }
    if (!contentHtml && notes.length === 0) {
      notes.push("No main article text was recognized on the page: all of its text was imported. Check it.");
    }
  }
  // Readability rewrote `page`; the whole page comes from a fresh parse.
  contentHtml ??= parseHtml(html, options.pageUrl).body?.innerHTML ?? "";
  const { fragment, removed } = sanitizeHtml(contentHtml);
  notes.push(...describeRemoved(removed));
  const outlet = found.outlet ?? (article?.siteName?.trim() || null);
  const title = found.title ?? article?.title?.trim() ?? (options.extractMainContent ? pageTitle : firstH1);
  const metadata: FoundMetadata = {
    ...found,
    title: title ? withoutSiteName(title, outlet) : undefined,
    outlet,
    byline: found.byline ?? cleanByline(article?.byline),
    language: found.language ?? normalizeLanguage(article?.lang ?? null),
    publishedAt: found.publishedAt ?? parseDate(article?.publishedTime ?? null),
  };
  return { metadata, document: documentFromDom(fragment), notes };
}

/** "By Jane Doe and John Roe | Reuters" → "Jane Doe and John Roe | Reuters"; odd lengths dropped. */
function cleanByline(byline: string | null | undefined): string | null {
  const cleaned = byline
    ?.replace(/\s+/g, " ")
    .replace(/^by\s+/i, "")
    .trim();
  return cleaned && cleaned.length <= 200 ? cleaned : null;
}

/** "Dam breach | Riverside Post" → "Dam breach" when the outlet is Riverside Post (at either end). */
function withoutSiteName(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const name = outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const separator = "\\s+[|–—:·-]\\s+";
  const stripped = title
    .replace(new RegExp(`${separator}${name}\\s*$`, "i"), "")
    .replace(new RegExp(`^\\s*${name}${separator}`, "i"), "");
  return stripped.trim() || title;
}

/** An element's text as a reader sees it: without what scripts, styles and templates hold. */
function visibleText(element: Element | null): string | null {
  if (!element) return null;
  const copy = element.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll("script, style, template, noscript")))
    hidden.remove();
  return copy.textContent?.trim() || null;
}
