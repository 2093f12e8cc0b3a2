import { plainTextFromDocument } from "@/lib/articles/document";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { decodeText, UndecodableTextError } from "@/lib/intake/decode-text";
import { fetchPage } from "@/lib/intake/fetch-page";
import { IntakeError } from "@/lib/intake/intake-error";
import { NestingTooDeepError } from "@/lib/intake/nesting-depth";
import { readHtml } from "@/lib/intake/read-html";
import type { IntakeSettings } from "@/lib/intake/settings";

/** A source's page as a snapshot keeps it: its readable text, where it was fetched from and its type. */
export type SnapshotPage = { url: string; contentType: string | null; text: string };

/**
 * Fetches a source's page through URL import's fetcher (same address checks,
 * redirects, deadline and size limit) and reads it the way an import does:
 * decoded, its main text found and sanitized, then kept as plain text.
 * Failures are AppErrors naming the address and the reason.
 */
export async function readSnapshotPage(address: string, settings: IntakeSettings): Promise<SnapshotPage> {
  try {
    const page = await fetchPage(address, settings);
    if (page.bytes.length === 0) throw new IntakeError(address, "the site sent an empty page.");
    const { text: html } = decodeText(page.bytes, page.charset ?? declaredCharset(page.bytes));
    const { document } = readHtml(html, { extractMainContent: true, pageUrl: page.url });
    const text = plainTextFromDocument(document).trim();
    if (!text) throw new IntakeError(address, "no readable text was found on the page.");
    return { url: page.url, contentType: page.mediaType, text };
  } catch (error) {
    throw new AppError(...describeFailure(address, error));
  }
}

function describeFailure(address: string, error: unknown): [AppErrorCode, string] {
  if (error instanceof IntakeError) return [error.code, `Could not capture ${error.message}`];
  if (error instanceof UndecodableTextError)
    return ["INVALID_INPUT", `Could not capture ${address}: ${error.message}.`];
  // Hostile nesting: refused before parsing, or (if it slipped past) exhausting a parser's stack.
  if (error instanceof NestingTooDeepError || error instanceof RangeError) {
    return ["INVALID_INPUT", `Could not capture ${address}: its markup is nested too deeply to read.`];
  }
  throw error;
}

/** The charset an HTML page declares in its first kilobytes (<meta charset>), as browsers prescan. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}
