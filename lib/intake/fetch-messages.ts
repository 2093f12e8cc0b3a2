import type { IntakeSettings } from "./settings";

/** What an HTTP error status means to an editor. */
export function describeStatus(status: number): string {
  if (status === 404 || status === 410) return `the page was not found (HTTP ${status}).`;
  if (status === 401 || status === 403) {
    return `the site refused access (HTTP ${status}); the page may need a subscription or a sign-in.`;
  }
  if (status === 429) return "the site is limiting requests (HTTP 429); try again in a few minutes.";
  if (status >= 500) return `the site answered with an error (HTTP ${status}); try again later.`;
  if (status >= 300 && status < 400) return `the site redirected (HTTP ${status}) without saying where to.`;
  return `the site answered HTTP ${status} instead of the page.`;
}

/** Why a fetch failed, in words: a timeout, a refused address, a name that does not resolve … */
export function describeFetchFailure(error: unknown, timedOut: boolean, settings: IntakeSettings): string {
  const seconds = Number((settings.fetchTimeoutMs / 1000).toFixed(1));
  const within = `within ${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  if (timedOut) return `the site did not answer ${within}.`;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  // request-filtering-agent's refusals: "DNS lookup 127.0.0.1(...) is not allowed. Because, It is private IP address."
  if (/is not allowed/.test(message)) {
    return "the address points at a private, loopback or link-local network, which Factdesk does not fetch.";
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "no site was found at that address.";
  if (code === "ECONNREFUSED") return "the site refused the connection.";
  if (code === "ECONNRESET" || code === "EPIPE")
    return "the site closed the connection before sending the page.";
  if (code === "ETIMEDOUT") return `the site did not answer ${within}.`;
  if (code?.startsWith("ERR_TLS") || /certificate/i.test(message)) {
    return "the site's security certificate is not valid.";
  }
  if (code === "Z_DATA_ERROR" || code === "ERR_PADDING_1") return "the site sent a damaged compressed page.";
  return `the page could not be fetched (${message}).`;
}
