const FALLBACK = "/articles";
const PROBE_ORIGIN = "http://factdesk.invalid";

/**
 * Where to go after signing in. Only a same-origin path is accepted, so a crafted link can't bounce the
 * user to another site: "//evil.example" and "/\evil.example" are both read by browsers as another host.
 */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return FALLBACK;
  }
  try {
    const url = new URL(value, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return FALLBACK;
    // Signing in again straight after signing in would loop.
    if (url.pathname === "/sign-in") return FALLBACK;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return FALLBACK;
  }
}
