import { isWireFormat, WireFormatError } from "@/lib/articles/wire-format";
import { decodeText, UndecodableTextError } from "./decode-text";
import { detectFileKind } from "./detect-format";
import { fetchPage } from "./fetch-page";
import { finishDraft, type Reading } from "./finish-draft";
import { formatBytes, IntakeError } from "./intake-error";
import { NestingTooDeepError } from "./nesting-depth";
import { readDocx } from "./read-docx";
import { readHtml } from "./read-html";
import { readMarkdown } from "./read-markdown";
import { readPlainText, readWireText } from "./read-text";
import { type IntakeSettings, readIntakeSettings } from "./settings";
import type { ArticleDraft, ImportSource } from "./types";

/** How the label of a pasted text reads in messages. */
export const PASTED_TEXT = "Pasted text";

/**
 * Reads one source (pasted text, an uploaded file, a web address) into a
 * draft for the editor's review: sanitized document, metadata found in it,
 * notes. Nothing is stored. Every input it cannot import becomes an
 * IntakeError whose message names the source and the reason (empty, binary,
 * too large, undecodable, a broken .docx, a 404 …).
 */
export async function convertSource(
  source: ImportSource,
  settings: IntakeSettings = readIntakeSettings(),
): Promise<ArticleDraft> {
  const label = source.kind === "paste" ? PASTED_TEXT : source.kind === "file" ? source.name : source.url;
  try {
    return finishDraft(await read(source, settings), label);
  } catch (error) {
    // Hostile nesting: refused before parsing, or (if it slipped past) exhausting a parser's stack.
    if (error instanceof NestingTooDeepError || error instanceof RangeError) {
      throw new IntakeError(label, "its markup is nested too deeply to read.");
    }
    if (error instanceof WireFormatError) throw new IntakeError(label, lowerFirst(error.message));
    throw error;
  }
}

async function read(source: ImportSource, settings: IntakeSettings): Promise<Reading> {
  switch (source.kind) {
    case "paste":
      return readPaste(source.text, settings.maxBytes);
    case "file":
      return readFile(source.name, source.bytes, settings.maxBytes);
    case "url":
      return readUrl(source.url, settings);
  }
}

function readPaste(text: string, maxBytes: number): Reading {
  const size = Buffer.byteLength(text, "utf8");
  if (size > maxBytes) {
    throw new IntakeError(
      PASTED_TEXT,
      `the text is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.`,
      "TOO_LARGE",
    );
  }
  const wire = isWireFormat(text);
  return {
    origin: "PASTE",
    format: wire ? "wire" : "text",
    ...(wire ? readWireText(text) : readPlainText(text)),
  };
}

async function readFile(name: string, bytes: Uint8Array, maxBytes: number): Promise<Reading> {
  const kind = detectFileKind(name, bytes, maxBytes);
  if (kind === "docx")
    return { origin: "UPLOAD", format: "docx", ...(await readDocx(name, bytes, maxBytes)) };
  const { text, encoding } = decode(name, bytes, kind === "html" ? declaredHtmlCharset(bytes) : null);
  const notes = encodingNotes(encoding);
  if (kind === "html") {
    const html = readHtml(text, { extractMainContent: true });
    return { origin: "UPLOAD", format: "html", ...html, notes: [...notes, ...html.notes] };
  }
  if (kind === "markdown") {
    const markdown = readMarkdown(text);
    return { origin: "UPLOAD", format: "markdown", ...markdown, notes: [...notes, ...markdown.notes] };
  }
  if (isWireFormat(text)) return { origin: "WIRE", format: "wire", ...readWireText(text), notes };
  return { origin: "UPLOAD", format: "text", ...readPlainText(text), notes };
}

async function readUrl(address: string, settings: IntakeSettings): Promise<Reading> {
  const page = await fetchPage(address, settings);
  if (page.bytes.length === 0) throw new IntakeError(address, "the site sent an empty page.");
  const { text, encoding } = decode(address, page.bytes, page.charset ?? declaredHtmlCharset(page.bytes));
  if (!page.mediaType && !/^\s*</.test(text)) {
    throw new IntakeError(address, "this is not a web page; import HTML pages only.");
  }
  const html = readHtml(text, { extractMainContent: true, pageUrl: page.url });
  const host = new URL(page.url).hostname.replace(/^www\./, "");
  return {
    origin: "URL",
    format: "html",
    document: html.document,
    metadata: { ...html.metadata, url: html.metadata.url ?? page.url, outlet: html.metadata.outlet ?? host },
    notes: [...encodingNotes(encoding), ...html.notes],
  };
}

function decode(label: string, bytes: Uint8Array, declaredCharset: string | null) {
  try {
    return decodeText(bytes, declaredCharset);
  } catch (error) {
    if (error instanceof UndecodableTextError) throw new IntakeError(label, `${error.message}.`);
    throw error;
  }
}

/** The charset an HTML file declares in its first kilobytes (<meta charset>, http-equiv), as browsers prescan. */
function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function encodingNotes(encoding: string): string[] {
  return /^(utf-?8|ascii|us-ascii)$/i.test(encoding) ? [] : [`Converted from the ${encoding} encoding.`];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
