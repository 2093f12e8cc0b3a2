import { createHash, randomBytes } from "node:crypto";

/** `fds_` and 32 random bytes in base64url: unguessable, and recognisable as a Factdesk share link's token. */
const TOKEN_PATTERN = /^fds_[A-Za-z0-9_-]{43}$/;

/** A new share token (shown once, in the link) and the hash stored instead of it. */
export function createShareToken(): { token: string; tokenHash: string } {
  const token = `fds_${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashShareToken(token) };
}

/** The stored form: a database leak does not leak working links. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** True when `token` has the shape of a share token (checked before any database lookup). */
export function isShareTokenShaped(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
