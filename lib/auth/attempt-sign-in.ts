import type { PrismaClient } from "@/lib/db";
import { ZEmail } from "./schemas";
import { assertNotLimited, getSignInLimits, recordFailure } from "./sign-in-limits";
import { type AuthenticatedUser, verifyCredentials } from "./verify-credentials";

export type AttemptSignInOptions = {
  prisma: PrismaClient;
  email: unknown;
  password: unknown;
  /** The client's address (clientAddress), or null without a trusted proxy: then only the per-account limit applies. */
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

export type ClientAddressOptions = {
  headers: Record<string, string | string[] | undefined> | undefined;
  /** FACTDESK_TRUSTED_PROXY_HOPS: proxies in front of Factdesk that append to X-Forwarded-For. */
  trustedProxyHops: number;
};

/**
 * The client's address as the outermost trusted proxy saw it, or null. Without a trusted proxy
 * it is always null: X-Forwarded-For then holds either whatever the client sent or (Next fills
 * it in when absent) the socket's address, which for a direct connection can be one shared
 * address, so keying a limit on it would let one attacker lock everyone out, or spoof their way
 * past it. With N trusted proxies, each appends the address it was connected from, so the entry
 * N from the right is the client's; entries further left are what the client claimed. Fewer
 * entries than that means the request did not come through the proxies: no address.
 */
export function clientAddress({ headers, trustedProxyHops }: ClientAddressOptions): string | null {
  if (trustedProxyHops < 1) return null;
  const value = headers?.["x-forwarded-for"];
  const entries = (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((entry) => entry.trim());
  if (entries.length < trustedProxyHops) return null;
  const address = entries[entries.length - trustedProxyHops] ?? "";
  return address && address.length <= 100 ? address : null;
}
