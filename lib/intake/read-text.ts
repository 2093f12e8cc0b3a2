import { documentFromParagraphs } from "@/lib/articles/document";
import { normalizeDocument } from "@/lib/articles/normalize-document";
import { parseWireArticle } from "@/lib/articles/wire-format";
import type { FoundMetadata } from "./types";

type TextReading = { metadata: FoundMetadata; document: ReturnType<typeof normalizeDocument> };

// A first line this short, not ending like a sentence, is a headline (text copied from a page starts with one).
const MAX_HEADLINE_LENGTH = 160;
const SENTENCE_END = /[.!?,;:…]["'”’)\]]?$/;

/**
 * Plain text into paragraphs. With blank lines, they separate paragraphs and
 * single line breaks are just wrapping (e-mail, copied text); without any,
 * every line is a paragraph. A short first line that reads as a headline is the title.
 */
export function readPlainText(text: string): TextReading {
  const normalized = text.replace(/\r\n?/g, "\n");
  const paragraphs = /\n[ \t]*\n/.test(normalized)
    ? normalized.split(/\n(?:[ \t]*\n)+/).map((paragraph) => paragraph.replace(/\s*\n\s*/g, " "))
    : normalized.split("\n");
  const blocks = paragraphs.map((paragraph) => paragraph.trim()).filter(Boolean);
  const [first, ...rest] = blocks;
  const isHeadline =
    first !== undefined &&
    rest.length > 0 &&
    first.length <= MAX_HEADLINE_LENGTH &&
    !SENTENCE_END.test(first);
  return {
    metadata: isHeadline ? { title: first } : {},
    document: normalizeDocument(documentFromParagraphs(isHeadline ? rest : blocks)),
  };
}

/** A wire file (see wire-format.ts): its header gives the title and both times. */
export function readWireText(text: string): TextReading {
  const wire = parseWireArticle(text);
  return {
    metadata: { title: wire.title, publishedAt: wire.publishedAt, sourceUpdatedAt: wire.updatedAt },
    document: normalizeDocument(documentFromParagraphs(wire.paragraphs)),
  };
}
