/**
 * The Content-Security-Policy of every page. Scripts run only with this
 * request's nonce (Next adds it to its own scripts when it finds the policy
 * on the request), so an injected <script> does nothing. Styles stay
 * 'unsafe-inline': ProseMirror and Radix set inline style attributes, and
 * styles cannot run code. Development also needs 'unsafe-eval' for React's
 * debugging tools.
 */
export function buildContentSecurityPolicy(nonce: string, isDevelopment: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
