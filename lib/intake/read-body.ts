import type http from "node:http";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { formatBytes, IntakeError } from "./intake-error";

/**
 * Reads a response body, decompressing what the site compressed, and stops
 * as soon as the decompressed size passes `maxBytes`: a small compressed
 * page may unpack to gigabytes.
 */
export async function readBody(
  response: http.IncomingMessage,
  maxBytes: number,
  label: string,
): Promise<Uint8Array> {
  const stream = decompress(response, String(response.headers["content-encoding"] ?? "").toLowerCase());
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        throw new IntakeError(
          label,
          `the page is larger than the ${formatBytes(maxBytes)} limit.`,
          "TOO_LARGE",
        );
      }
      chunks.push(chunk as Buffer);
    }
  } finally {
    response.destroy();
    if (stream !== response) stream.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function decompress(response: http.IncomingMessage, encoding: string): Readable {
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return response.pipe(zlib.createGunzip());
    case "deflate":
      return response.pipe(zlib.createInflate());
    case "br":
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}
