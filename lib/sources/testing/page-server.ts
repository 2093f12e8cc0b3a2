import http from "node:http";
import type { AddressInfo } from "node:net";

/** One response of the test server. */
export type TestPage = { status?: number; contentType?: string; body: string | Uint8Array };

/** A local HTTP server for snapshot tests: `host` goes into IntakeSettings.fetchAllowHosts. */
export type PageServer = { base: string; host: string; close: () => Promise<void> };

/**
 * Serves fixed pages on 127.0.0.1 (any other path is a 404). The fetcher
 * refuses loopback addresses unless their `host:port` is allowed, so tests
 * allow exactly this server, as lib/intake/fetch-page.int.test.ts does.
 */
export async function startPageServer(pages: Record<string, TestPage>): Promise<PageServer> {
  const server = http.createServer((request, response) => {
    const page = pages[request.url ?? "/"];
    if (!page) {
      response.writeHead(404, { "content-type": "text/html" }).end("<p>Not here</p>");
      return;
    }
    response
      .writeHead(page.status ?? 200, { "content-type": page.contentType ?? "text/html; charset=utf-8" })
      .end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Never what keeps a test process alive (the matrix's server is not closed).
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let matrixServer: Promise<PageServer> | undefined;

/**
 * For the authorization matrix, where the snapshot action reads the
 * process's settings: one page server for the run, allowed through
 * FACTDESK_FETCH_ALLOW_HOSTS. Returns the URL of a page it serves.
 */
export async function matrixPageUrl(): Promise<string> {
  matrixServer ??= startPageServer({
    "/report": {
      body: "<html><body><article><p>The ministry reported 14 arrests on Friday.</p></article></body></html>",
    },
  }).then((server) => {
    const allowed = process.env.FACTDESK_FETCH_ALLOW_HOSTS;
    process.env.FACTDESK_FETCH_ALLOW_HOSTS = allowed ? `${allowed},${server.host}` : server.host;
    return server;
  });
  return `${(await matrixServer).base}/report`;
}
