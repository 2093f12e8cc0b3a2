import http from "node:http";

/** The port e2e/import.spec.ts serves pages on; playwright.config.ts allows the app to fetch it. */
export const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? 3190);
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_PORT}`;

/** A news page as sites serve it: menus, a script, the article, a footer. */
export function storyPage(options: { headline: string; paragraphs: string[] }): string {
  return `<!doctype html><html lang="en"><head><title>${options.headline} | Riverside Post</title>
<meta property="og:site_name" content="Riverside Post">
<meta property="article:published_time" content="2025-06-03T09:30:00Z">
<script>document.cookie = "tracked=1"</script></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>${options.headline}</h1>
${options.paragraphs.map((text) => `<p>${text}</p>`).join("\n")}
</article><footer>Subscribe to the Riverside Post newsletter</footer></body></html>`;
}

/** A local web server whose pages a test sets as it goes; `stop()` when done. */
export async function startFixtureServer(): Promise<{
  pages: Map<string, string>;
  stop: () => Promise<void>;
}> {
  const pages = new Map<string, string>();
  const server = http.createServer((request, response) => {
    const page = pages.get(request.url ?? "/");
    if (page === undefined) {
      response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(FIXTURE_PORT, "127.0.0.1", resolve);
  });
  return {
    pages,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
