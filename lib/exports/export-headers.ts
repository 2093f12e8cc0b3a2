import { createHash } from "node:crypto";
import { asciiFilename } from "./filename";
import type { RenderedExport } from "./formats";
import { HTML_EXPORT_STYLESHEET } from "./html";

/**
 * The Content-Security-Policy of every export and report body the app sends. Exports come from the
 * app's own origin and carry article text someone else wrote, so the policy allows nothing to load
 * or run: no scripts, no connections, no images or fonts (the HTML report needs none), no forms,
 * no framing. The only thing allowed is the HTML report's own stylesheet, by its hash, so even an
 * injected style attribute or <style> element would not apply.
 */
export const EXPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(HTML_EXPORT_STYLESHEET, "utf8").digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Headers for any response of an export route, errors included: the strict policy, no content
 * sniffing (a CSV or Markdown body is never taken for HTML), no referrer, and no caching of a
 * workspace's data by shared caches.
 */
export function exportBaseHeaders(): Record<string, string> {
  return {
    "content-security-policy": EXPORT_CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "private, no-store",
  };
}

/**
 * Headers for one rendered export. Every format is a download (Content-Disposition: attachment),
 * never a page of the app's origin: the report page is the in-app view. The name is sent twice
 * (RFC 6266): ASCII for old clients, and UTF-8 for titles in other scripts.
 */
export function exportDownloadHeaders(rendered: Pick<RenderedExport, "contentType" | "filename">) {
  return {
    ...exportBaseHeaders(),
    "content-type": rendered.contentType,
    "content-disposition": `attachment; filename="${plainFilename(rendered.filename)}"; filename*=UTF-8''${encodeRfc5987(rendered.filename)}`,
  };
}

/** The name itself when it is plain ASCII (dots kept: "….annotations.jsonld"), else its ASCII variant. */
function plainFilename(filename: string): string {
  return /^[A-Za-z0-9._-]+$/.test(filename) ? filename : asciiFilename(filename);
}

/** encodeURIComponent leaves ' ( ) * ! as they are; RFC 5987 values may not hold the first four. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
