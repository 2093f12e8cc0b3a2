import http from "node:http";
import { watchSlowRequest } from "./slow-requests";

/** What a stop did: how many requests were still running when the grace period ran out. */
export type StopReport = { cutOff: number };

export type GracefulServer = {
  server: http.Server;
  /** Stops accepting, lets running requests finish for up to `graceMs`, then closes what is left. */
  stop: (graceMs: number) => Promise<StopReport>;
};

/**
 * A Node HTTP server that can be stopped in order: no new connections, keep-alive connections
 * closed as soon as they go idle (and told `Connection: close` on their last response), running
 * requests let finish until the grace period ends, then the rest cut off and counted. Requests that
 * run long are logged with their path (lib/http/slow-requests.ts).
 */
export function createGracefulServer(
  handle: http.RequestListener,
  describeServer?: () => string | null,
): GracefulServer {
  const running = new Set<http.ServerResponse>();
  let stopping = false;
  const server = http.createServer((request, response) => {
    running.add(response);
    watchSlowRequest(request, response, describeServer);
    response.on("close", () => {
      running.delete(response);
      // A keep-alive connection that just went idle would otherwise hold the close for its timeout.
      if (stopping) server.closeIdleConnections();
    });
    if (stopping) response.setHeader("connection", "close"); // a keep-alive connection's last request
    handle(request, response);
  });

  let stopped: Promise<StopReport> | undefined;
  const stop = (graceMs: number) => {
    stopped ??= new Promise<StopReport>((resolve) => {
      stopping = true;
      for (const response of running) if (!response.headersSent) response.setHeader("connection", "close");
      let cutOff = 0;
      const deadline = setTimeout(() => {
        cutOff = running.size;
        server.closeAllConnections();
      }, graceMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve({ cutOff });
      });
      server.closeIdleConnections();
    });
    return stopped;
  };
  return { server, stop };
}
