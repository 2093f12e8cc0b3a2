import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashApiToken, isApiTokenShaped } from "./token";

/** lastUsedAt is a hint for the account page, not a log: one write a minute per token is plenty. */
const LAST_USED_RESOLUTION_MS = 60_000;

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * The user a request's personal API token acts as, in the token's workspace and with their
 * CURRENT role there (a demoted editor's token can only read from then on).
 * - No `Authorization` header, or one of another scheme (not `Bearer`): null. The caller
 *   answers as for a request without a session.
 * - A `Bearer` token that is malformed, unknown, revoked or expired, or whose user is no
 *   longer a member of the token's workspace: throws AppError("UNAUTHORIZED") whose message
 *   says which, in words meant for the token's holder.
 * `now` is for tests.
 */
export async function authenticateApiToken(request: Request, now = new Date()): Promise<SessionUser | null> {
  const header = request.headers.get("authorization");
  const token = header ? BEARER.exec(header.trim())?.[1] : undefined;
  if (token === undefined) return null;
  if (!isApiTokenShaped(token)) {
    throw new AppError(
      "UNAUTHORIZED",
      "This is not a Factdesk API token: they start with fdt_. Copy it again.",
    );
  }
  const prisma = getPrisma();
  const found = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      workspaceId: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true } },
      workspace: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!found) {
    throw new AppError("UNAUTHORIZED", "This API token is not valid. Create a new one on your account page.");
  }
  if (found.revokedAt) {
    throw new AppError("UNAUTHORIZED", "This API token was revoked. Create a new one on your account page.");
  }
  if (found.expiresAt && found.expiresAt <= now) {
    throw new AppError(
      "UNAUTHORIZED",
      `This API token expired on ${found.expiresAt.toISOString().slice(0, 10)}. Create a new one on your account page.`,
    );
  }
  const membership = await prisma.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: found.workspaceId, userId: found.user.id } },
    select: { role: true },
  });
  if (!membership) {
    throw new AppError(
      "UNAUTHORIZED",
      `This API token's account is no longer a member of ${found.workspace.name}, so the token no longer works.`,
    );
  }
  await touchLastUsed(found, now);
  return { ...found.user, workspace: found.workspace, role: membership.role };
}

/** Records the use when the stored time is over a minute old; the condition keeps parallel requests to one write. */
async function touchLastUsed(token: { id: string; lastUsedAt: Date | null }, now: Date): Promise<void> {
  if (token.lastUsedAt && now.getTime() - token.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  await getPrisma().apiToken.updateMany({
    where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] },
    data: { lastUsedAt: now },
  });
}
