import type { ArticleDocument } from "@/lib/articles/document";
import type { VersionOrigin } from "@/lib/generated/prisma/enums";

/** One thing an editor brings in: pasted text, an uploaded file, or a web address. */
export type ImportSource =
  | { kind: "paste"; text: string }
  | { kind: "file"; name: string; bytes: Uint8Array }
  | { kind: "url"; url: string };

/** How the text arrived, which decides how it is read. */
export type SourceFormat = "text" | "wire" | "markdown" | "html" | "docx";

/** What an editor reviews, and may correct, before saving. */
export type ArticleMetadata = {
  title: string;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  /** A BCP 47 tag such as "en" or "pt-BR". */
  language: string | null;
  publishedAt: Date | null;
  sourceUpdatedAt: Date | null;
};

/**
 * An imported article before it is saved: its sanitized document, the
 * metadata found in it, and notes for the editor (an encoding converted,
 * unsafe markup removed). Nothing is stored until the editor saves it.
 */
export type ArticleDraft = {
  origin: VersionOrigin;
  format: SourceFormat;
  /** The file name or address, for messages and the audit log; "Pasted text" for a paste. */
  sourceName: string;
  metadata: ArticleMetadata;
  document: ArticleDocument;
  wordCount: number;
  notes: string[];
};

/** The metadata a reader found before the editor's review; only the title is always known. */
export type FoundMetadata = Partial<ArticleMetadata>;

export const EMPTY_METADATA: Omit<ArticleMetadata, "title"> = {
  outlet: null,
  url: null,
  byline: null,
  language: null,
  publishedAt: null,
  sourceUpdatedAt: null,
};
