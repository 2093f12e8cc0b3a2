// Protects: URL imports fetch what they should and refuse, in words, what they should not (SSRF, loops, 404 …).
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainTextFromDocument } from "@/lib/articles/document";
import { convertSource } from "./convert-source";
import { fetchPage, parseFetchableUrl } from "./fetch-page";
import type { IntakeSettings } from "./settings";

const ARTICLE = `<html lang="en"><head><title>Dam breach | Riverside Post</title>
<meta property="og:site_name" content="Riverside Post"></head><body><article><h1>Dam breach</h1>
<p>${"The dam breached at dawn, officials said, and 40 homes were flooded. ".repeat(12)}</p></article></body></html>`;

let server: http.Server;
let base: string;
let allowed: IntakeSettings;

function route(request: http.IncomingMessage, response: http.ServerResponse): void {
  const path = request.url ?? "/";
  const hop = /^\/chain\/(\d+)$/.exec(path);
  if (hop) {
    redirect(response, `/chain/${Number(hop[1]) + 1}`);
    return;
  }
  switch (path) {
    case "/article":
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE);
      return;
    case "/latin1":
      response
        .writeHead(200, { "content-type": "text/html; charset=windows-1252" })
        .end(iconv.encode("<p>Grüße aus Köln – schön.</p>", "windows-1252"));
      return;
    case "/moved":
      redirect(response, "/article");
      return;
    case "/loop-a":
      redirect(response, "/loop-b");
      return;
    case "/loop-b":
      redirect(response, "/loop-a");
      return;
    case "/to-private":
      redirect(response, "http://127.0.0.2:9/secret");
      return;
    case "/pdf":
      response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
      return;
    case "/huge-declared":
      response.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
      response.write("<p>");
      return; // never finishes: the declared length alone must refuse it
    case "/huge-stream":
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<p>${"x".repeat(300 * 1024)}</p>`);
      return;
    case "/gzip-bomb":
      response
        .writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
        .end(zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20)));
      return;
    case "/silent":
      return; // never answers
    default:
      response.writeHead(404, { "content-type": "text/html" }).end("<p>Not here</p>");
  }
}

function redirect(response: http.ServerResponse, location: string): void {
  response.writeHead(302, { location }).end();
}

beforeAll(async () => {
  server = http.createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  allowed = { maxBytes: 256 * 1024, fetchTimeoutMs: 1500, fetchAllowHosts: [`127.0.0.1:${port}`] };
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("fetchPage from an allowed test host", () => {
  it("fetches a page, following a redirect, and reports where it ended up", async () => {
    const page = await fetchPage(`${base}/moved`, allowed);
    expect(page.url).toBe(`${base}/article`);
    expect(page.mediaType).toBe("text/html");
    expect(new TextDecoder().decode(page.bytes)).toContain("Dam breach");
  });

  it("imports the page's main text and metadata through convertSource", async () => {
    const draft = await convertSource({ kind: "url", url: `${base}/article#top` }, allowed);
    expect(draft.metadata).toMatchObject({
      title: "Dam breach",
      outlet: "Riverside Post",
      url: `${base}/article`,
      language: "en",
    });
    expect(plainTextFromDocument(draft.document)).toMatch(/^The dam breached at dawn/);
    expect(draft.origin).toBe("URL");
  });

  it("decodes the charset the server declares", async () => {
    const draft = await convertSource({ kind: "url", url: `${base}/latin1` }, allowed);
    expect(plainTextFromDocument(draft.document)).toBe("Grüße aus Köln – schön.");
  });
});

describe("fetchPage refuses", () => {
  const refused = (url: string, settings: IntakeSettings = allowed) => fetchPage(url, settings);
  const privateNetwork = /private, loopback or link-local network/;

  it.each([
    ["a loopback address", () => `${base}/article`],
    ["localhost by name", () => `${base.replace("127.0.0.1", "localhost")}/article`],
    ["the IPv6 loopback", () => "http://[::1]:9/"],
    ["a cloud metadata address", () => "http://169.254.169.254/latest/meta-data/"],
    ["a private network address", () => "http://10.0.0.1/"],
    ["an IPv4-mapped loopback", () => "http://[::ffff:127.0.0.1]:9/"],
  ])("%s, unless allowed", async (_label, url) => {
    await expect(refused(url(), { ...allowed, fetchAllowHosts: [] })).rejects.toThrow(privateNetwork);
  });

  it("a redirect from an allowed host to a private one", async () => {
    await expect(refused(`${base}/to-private`)).rejects.toThrow(privateNetwork);
  });

  it("redirect loops and long redirect chains", async () => {
    await expect(refused(`${base}/loop-a`)).rejects.toThrow(`${base}/loop-a: the site redirects in a loop.`);
    await expect(refused(`${base}/chain/1`)).rejects.toThrow("the site redirected more than 5 times.");
  });

  it("a missing page and a page that is not HTML", async () => {
    await expect(refused(`${base}/nothing`)).rejects.toThrow(
      `${base}/nothing: the page was not found (HTTP 404).`,
    );
    await expect(refused(`${base}/pdf`)).rejects.toThrow(
      "this is not a web page (the site sent application/pdf)",
    );
  });

  it("a site that does not answer in time", async () => {
    const startedAt = performance.now();
    await expect(refused(`${base}/silent`, { ...allowed, fetchTimeoutMs: 300 })).rejects.toThrow(
      "the site did not answer within 0.3 seconds.",
    );
    expect(performance.now() - startedAt).toBeLessThan(1500);
  });

  it("pages over the size limit: declared, streamed, or compressed", async () => {
    await expect(refused(`${base}/huge-declared`)).rejects.toMatchObject({ code: "TOO_LARGE" });
    await expect(refused(`${base}/huge-stream`)).rejects.toThrow("the page is larger than the 256 KB limit.");
    await expect(refused(`${base}/gzip-bomb`)).rejects.toMatchObject({ code: "TOO_LARGE" });
  });
});

describe("parseFetchableUrl", () => {
  it("reads a bare host as https and drops the fragment", () => {
    expect(parseFetchableUrl("example.com/story#comments", "x").href).toBe("https://example.com/story");
  });

  it.each([
    ["ftp://example.com/file", "only http and https addresses can be imported."],
    ["javascript:alert(1)", "only http and https addresses can be imported."],
    ["https://user:secret@example.com/", "addresses with a user name or password are not fetched."],
    ["http://", "this is not a web address; it should start with https://."],
  ])("refuses %s", (url, reason) => {
    expect(() => parseFetchableUrl(url, url)).toThrow(`${url}: ${reason}`);
  });
});
