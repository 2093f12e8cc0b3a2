import { createHash, randomBytes } from "node:crypto";

/** How long an invitation link can be used. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** A new invitation token (shown once, in the link) and the hash that is stored instead of it. */
export function createInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

/** The stored form of a token: a database leak does not leak usable links. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
