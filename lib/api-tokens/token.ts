import { createHash, randomBytes } from "node:crypto";

/** Every personal API token starts with this, so a leaked one is recognisable (and scannable) as Factdesk's. */
export const API_TOKEN_PREFIX = "fdt_";

/** `fdt_` and 32 random bytes in base64url (43 characters). */
const TOKEN_PATTERN = /^fdt_[A-Za-z0-9_-]{43}$/;

/** How many characters the account page shows, to tell tokens apart: `fdt_` and 8 of the secret's 43. */
const DISPLAY_LENGTH = 12;

/** A new token (shown once), the hash stored instead of it, and the short prefix kept for display. */
export function createApiTokenSecret(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, DISPLAY_LENGTH) };
}

/**
 * The stored form of a token. A plain SHA-256 is enough for 256 random bits (no dictionary to
 * try), and looking the hash up by index compares no secret byte by byte in application code.
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** True when `token` has the shape of a Factdesk API token (checked before any database lookup). */
export function isApiTokenShaped(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
