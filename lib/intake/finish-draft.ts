import {
  type ArticleDocument,
  type BlockNode,
  blockTextsOfDocument,
  countWords,
  plainTextFromDocument,
} from "@/lib/articles/document";
import { cleanText, truncate } from "@/lib/articles/normalize-inline";
import type { VersionOrigin } from "@/lib/generated/prisma/enums";
import { IntakeError } from "./intake-error";
import type { ArticleDraft, ArticleMetadata, FoundMetadata, SourceFormat } from "./types";

/** What a reader (text, HTML, Word …) made of a source, before the draft is assembled. */
export type Reading = {
  origin: VersionOrigin;
  format: SourceFormat;
  document: ArticleDocument;
  metadata: FoundMetadata;
  notes?: string[];
};

/** Longest values kept; longer ones are cut (a "title" of 10,000 characters is a reading gone wrong). */
export const METADATA_LIMITS = { title: 300, outlet: 200, byline: 300, url: 2048 } as const;
const FALLBACK_TITLE_WORDS = 12;

/**
 * Assembles the draft: refuses a source with no readable text, drops a
 * first heading that repeats the title, and finds a title when the source
 * had none (its file name, else its first words).
 */
export function finishDraft(reading: Reading, label: string): ArticleDraft {
  const found = reading.metadata;
  const foundTitle = clip(found.title, METADATA_LIMITS.title);
  const document = withoutRepeatedTitle(reading.document, foundTitle);
  const plainText = plainTextFromDocument(document);
  if (!plainText.trim()) throw new IntakeError(label, "no readable text was found in it.");
  const metadata: ArticleMetadata = {
    title: foundTitle ?? fallbackTitle(reading, label, document),
    outlet: clip(found.outlet, METADATA_LIMITS.outlet),
    url: clip(found.url, METADATA_LIMITS.url),
    byline: clip(found.byline, METADATA_LIMITS.byline),
    language: found.language ?? null,
    publishedAt: found.publishedAt ?? null,
    sourceUpdatedAt: found.sourceUpdatedAt ?? null,
  };
  return {
    origin: reading.origin,
    format: reading.format,
    sourceName: label,
    metadata,
    document,
    wordCount: countWords(plainText),
    notes: reading.notes ?? [],
  };
}

function withoutRepeatedTitle(document: ArticleDocument, title: string | null): ArticleDocument {
  const [first, ...rest] = document.content;
  if (!title || !first || first.type !== "heading" || rest.length === 0) return document;
  const [firstText] = blockTextsOfDocument({ type: "doc", content: [first as BlockNode] });
  return sameWords(firstText ?? "", title) ? { type: "doc", content: rest } : document;
}

function fallbackTitle(reading: Reading, label: string, document: ArticleDocument): string {
  if (reading.origin === "UPLOAD" || reading.origin === "WIRE") {
    const fromName = label
      .replace(/\.[a-z0-9]+$/i, "")
      .replace(/[-_]+/g, " ")
      .trim();
    if (fromName) return clip(fromName, METADATA_LIMITS.title) ?? label;
  }
  const firstBlock = blockTextsOfDocument(document)[0] ?? "";
  const words = firstBlock.split(/\s+/).filter(Boolean);
  const title =
    words.slice(0, FALLBACK_TITLE_WORDS).join(" ") + (words.length > FALLBACK_TITLE_WORDS ? "…" : "");
  return clip(title, METADATA_LIMITS.title) ?? "Untitled article";
}

function clip(value: string | null | undefined, limit: number): string | null {
  const cleaned = value ? cleanText(value).trim() : "";
  if (!cleaned) return null;
  return truncate(cleaned, limit);
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return words(a) === words(b);
}
