import type { PrismaClient } from "@/lib/db";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { ZSignInInput } from "./schemas";

/** What a session remembers about its user. */
export type AuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

export type VerifyCredentialsOptions = { prisma: PrismaClient; email: unknown; password: unknown };

/**
 * Checks an email and password. Returns null for bad input, an unknown email
 * and a wrong password alike, in similar time, so callers cannot tell them apart.
 */
export async function verifyCredentials(
  options: VerifyCredentialsOptions,
): Promise<AuthenticatedUser | null> {
  const input = ZSignInInput.safeParse({ email: options.email, password: options.password });
  if (!input.success) return null;
  const user = await options.prisma.user.findUnique({
    where: { email: input.data.email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  if (!user?.passwordHash) return verifyAgainstDummy(input.data.password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, input.data.password))) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
