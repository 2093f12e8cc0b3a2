import type { PrismaClient } from "@/lib/db";
import { ZEmail } from "./schemas";
import { assertNotLimited, getSignInLimits, recordFailure } from "./sign-in-limits";
import { type AuthenticatedUser, verifyCredentials } from "./verify-credentials";

export type AttemptSignInOptions = {
  prisma: PrismaClient;
  email: unknown;
  password: unknown;
  /** The client's address, or null when no proxy reported one (then only the per-account limit applies). */
  address: string | null;
};

/**
 * A sign-in attempt under the abuse limits: refused with RATE_LIMITED once
 * an account or a client address has failed too often in the window; a
 * failure counts against both; a success clears the account's count.
 */
export async function attemptSignIn(options: AttemptSignInOptions): Promise<AuthenticatedUser | null> {
  const { prisma, email, password } = options;
  const parsedEmail = ZEmail.safeParse(email);
  const keys = {
    account: parsedEmail.success
      ? parsedEmail.data
      : String(email ?? "")
          .slice(0, 254)
          .toLowerCase(),
    address: options.address,
  };
  const limits = getSignInLimits(prisma);
  await assertNotLimited(limits, keys);
  const user = await verifyCredentials({ prisma, email, password });
  if (user) {
    await limits.account.limiter.delete(keys.account);
    return user;
  }
  await recordFailure(limits, keys);
  return null;
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For
 * entry (earlier ones are whatever the client claimed), else X-Real-IP, else
 * null. Next.js does not expose the socket's address, and keying every
 * direct connection on one shared value would let one attacker lock out everyone.
 */
export function clientAddress(
  headers: Record<string, string | string[] | undefined> | undefined,
): string | null {
  const header = (name: string) => {
    const value = headers?.[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const forwarded = header("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? (header("x-real-ip")?.trim() || null);
}
