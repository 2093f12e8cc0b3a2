import type http from "node:http";

/** A request still unanswered after this is logged while it runs, and again when it ends. */
export const SLOW_REQUEST_MS = 10_000;

/**
 * The request's method and path for the server log, without its query string and with capability
 * tokens (share links, invitations) cut out, since whoever reads the log must not gain access by it.
 */
export function describeRequest(request: Pick<http.IncomingMessage, "method" | "url">): string {
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  return `${request.method ?? "GET"} ${path.replace(/^\/(share|invite)\/[^/]+/, "/$1/…")}`;
}

/**
 * Logs a request that runs past SLOW_REQUEST_MS (once while it runs, so a request that never ends is
 * seen too) and how long it took once it ends, so that a page hanging for an editor shows up in the
 * server's own output with its path and `describeServer()` (e.g. how its database pool stands).
 */
export function watchSlowRequest(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  describeServer: () => string | null = () => null,
): void {
  const startedAt = performance.now();
  let isSlow = false;
  const timer = setTimeout(() => {
    isSlow = true;
    const state = describeServer();
    console.warn(
      `[http] still answering ${describeRequest(request)} after ${SLOW_REQUEST_MS / 1000} s${state ? ` (${state})` : ""}`,
    );
  }, SLOW_REQUEST_MS);
  timer.unref();
  response.once("close", () => {
    clearTimeout(timer);
    if (!isSlow) return;
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    const outcome = response.writableFinished ? `answered ${response.statusCode}` : "closed unanswered";
    console.warn(`[http] ${describeRequest(request)} ${outcome} after ${seconds} s`);
  });
}
