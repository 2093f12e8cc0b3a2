import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

type Limiter = { limiter: RateLimiterPrisma; points: number };
export type SignInLimits = { account: Limiter; address: Limiter };
/** What failures are counted against: the account's email, and the client's address when known. */
export type SignInKeys = { account: string; address: string | null };

// One pair per client: the counters themselves live in PostgreSQL (table RateLimit),
// so every app instance sees the same attempts.
const cache = new WeakMap<PrismaClient, SignInLimits>();

/** The per-account and per-address limiters of failed sign-ins, configured from the environment. */
export function getSignInLimits(prisma: PrismaClient): SignInLimits {
  let limits = cache.get(prisma);
  if (!limits) {
    const env = readEnv();
    const duration = Math.round(env.SIGN_IN_WINDOW_MINUTES * 60);
    const make = (keyPrefix: string, points: number): Limiter => ({
      points,
      limiter: new RateLimiterPrisma({
        storeClient: prisma,
        tableName: "rateLimit",
        keyPrefix,
        points,
        duration,
      }),
    });
    limits = {
      account: make("sign-in:account", env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT),
      address: make("sign-in:address", env.SIGN_IN_MAX_FAILURES_PER_ADDRESS),
    };
    cache.set(prisma, limits);
  }
  return limits;
}

/** Throws RATE_LIMITED, saying how long to wait, when either key has used up its failures. */
export async function assertNotLimited(limits: SignInLimits, keys: SignInKeys) {
  const [account, address] = await Promise.all([
    limits.account.limiter.get(keys.account),
    keys.address ? limits.address.limiter.get(keys.address) : null,
  ]);
  const waits = [
    account && account.consumedPoints >= limits.account.points ? account.msBeforeNext : 0,
    address && address.consumedPoints >= limits.address.points ? address.msBeforeNext : 0,
  ];
  const waitMs = Math.max(...waits);
  if (waitMs > 0) {
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    throw new AppError(
      "RATE_LIMITED",
      `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
  }
}

/** Counts one failed attempt against both keys. */
export async function recordFailure(limits: SignInLimits, keys: SignInKeys) {
  await Promise.all([
    consume(limits.account.limiter, keys.account),
    keys.address ? consume(limits.address.limiter, keys.address) : null,
  ]);
}

async function consume(limiter: RateLimiterPrisma, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    // A RateLimiterRes rejection only means the limit is now reached; the next attempt is refused.
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
