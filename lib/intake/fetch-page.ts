import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { describeFetchFailure, describeStatus } from "./fetch-messages";
import { formatBytes, IntakeError } from "./intake-error";
import { readBody } from "./read-body";
import type { IntakeSettings } from "./settings";

/** A web page as fetched: where it ended up after redirects, its bytes and declared type. */
export type FetchedPage = {
  url: string;
  bytes: Uint8Array;
  mediaType: string | null;
  charset: string | null;
};

const MAX_REDIRECTS = 5;
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const HEADERS = {
  "user-agent": "Factdesk/0.1 (fact-check import; +https://factdesk.example)",
  accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  "accept-encoding": "gzip, deflate, br",
};

/**
 * Fetches a web page for import, server-side and defensively: http and https
 * only; every hop's address is checked as it is connected to (private,
 * loopback, link-local and reserved addresses are refused, DNS rebinding
 * included) unless its host is in FACTDESK_FETCH_ALLOW_HOSTS; redirects are
 * followed by hand (at most 5, loops refused); one deadline covers the whole
 * exchange; bodies over the size limit are cut off while streaming, after
 * decompression. Anything else (404, a PDF, a timeout) is an IntakeError
 * naming the address and the reason.
 */
export async function fetchPage(address: string, settings: IntakeSettings): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.fetchTimeoutMs);
  const seen = new Set<string>();
  let url = parseFetchableUrl(address, address);
  try {
    for (let hop = 0; ; hop++) {
      seen.add(url.href);
      const response = await request(url, settings, controller.signal);
      const location = response.statusCode && isRedirect(response.statusCode) && response.headers.location;
      if (location) {
        response.resume();
        const next = parseFetchableUrl(new URL(location, url).href, address);
        if (seen.has(next.href)) throw new IntakeError(address, "the site redirects in a loop.");
        if (hop + 1 > MAX_REDIRECTS) {
          throw new IntakeError(address, `the site redirected more than ${MAX_REDIRECTS} times.`);
        }
        url = next;
        continue;
      }
      return await readPage(address, url, response, settings.maxBytes);
    }
  } catch (error) {
    if (error instanceof IntakeError) throw error;
    throw new IntakeError(address, describeFetchFailure(error, controller.signal.aborted, settings));
  } finally {
    clearTimeout(timer);
  }
}

/** The address as a URL Factdesk may fetch, or an IntakeError saying why not. */
export function parseFetchableUrl(value: string, label: string): URL {
  let url: URL;
  const trimmed = value.trim();
  try {
    // "example.com/story" is what people copy from an address bar: it means https.
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new IntakeError(label, "this is not a web address; it should start with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new IntakeError(label, "only http and https addresses can be imported.");
  }
  if (url.username || url.password) {
    throw new IntakeError(label, "addresses with a user name or password are not fetched.");
  }
  url.hash = "";
  return url;
}

function request(url: URL, settings: IntakeSettings, signal: AbortSignal): Promise<http.IncomingMessage> {
  const isHttps = url.protocol === "https:";
  const trusted =
    settings.fetchAllowHosts.includes(url.host) || settings.fetchAllowHosts.includes(url.hostname);
  // A fresh agent per hop: no pooled socket is ever reused for a host that was not checked.
  const agent = trusted
    ? new (isHttps ? https.Agent : http.Agent)()
    : new (isHttps ? RequestFilteringHttpsAgent : RequestFilteringHttpAgent)();
  return new Promise((resolve, reject) => {
    const outgoing = (isHttps ? https : http).request(url, { agent, headers: HEADERS, signal }, resolve);
    outgoing.on("error", reject);
    outgoing.end();
  });
}

async function readPage(
  address: string,
  url: URL,
  response: http.IncomingMessage,
  maxBytes: number,
): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.resume();
    throw new IntakeError(address, describeStatus(status));
  }
  const [mediaType, ...parameters] = (response.headers["content-type"] ?? "").split(";");
  const type = mediaType?.trim().toLowerCase() || null;
  if (type && !HTML_TYPES.has(type)) {
    response.resume();
    throw new IntakeError(address, `this is not a web page (the site sent ${type}); import HTML pages only.`);
  }
  const length = Number(response.headers["content-length"]);
  if (Number.isFinite(length) && length > maxBytes && !response.headers["content-encoding"]) {
    response.resume();
    throw new IntakeError(
      address,
      `the page is ${formatBytes(length)}; the limit is ${formatBytes(maxBytes)}.`,
      "TOO_LARGE",
    );
  }
  const bytes = await readBody(response, maxBytes, address);
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(parameter)?.[1])
    .find(Boolean);
  return { url: url.href, bytes, mediaType: type, charset: charset ?? null };
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
