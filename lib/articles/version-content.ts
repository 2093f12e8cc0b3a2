import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleDocument } from "./document";
import { plainTextFromDocument } from "./document";
import { normalizeDocument } from "./normalize-document";

/** What a version stores of its text: the normalized document, its plain text and the text's hash. */
export type VersionContent = {
  document: ArticleDocument;
  plainText: string;
  contentHash: string;
};

/**
 * The content of a new version, from any document (a reader's output, a
 * browser's copy of a preview): normalized to the stored shape, with the
 * plain text derived from it, so that `plainText` always equals
 * plainTextFromDocument(document), the invariant claims anchor on.
 */
export function versionContent(document: unknown): VersionContent {
  const normalized = normalizeDocument(document);
  const plainText = plainTextFromDocument(normalized);
  return { document: normalized, plainText, contentHash: hashPlainText(plainText) };
}

/** The hash stored with a version: SHA-256 of its plain text, so re-imports of the same text are found. */
export function hashPlainText(plainText: string): string {
  return createHash("sha256").update(plainText).digest("hex");
}

/** The document as Prisma's JSON input (it is JSON by construction; its types just lack an index signature). */
export function documentJson(document: ArticleDocument): Prisma.InputJsonValue {
  return document as unknown as Prisma.InputJsonValue;
}
