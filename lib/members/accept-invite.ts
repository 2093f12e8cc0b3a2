import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ZNewPassword } from "@/lib/auth/password-policy";
import { assertNotLimited, getSignInLimits, recordFailure } from "@/lib/auth/sign-in-limits";
import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashInviteToken } from "./invite-token";
import { ZInviteToken, ZPersonName } from "./schemas";

export type InvitePreview = { email: string; role: Role; workspaceName: string; hasAccount: boolean };

/** What an invitation link offers, or AppError INVALID_INPUT saying why it cannot be used. */
export async function getInvitePreview({ prisma, token }: { prisma: PrismaClient; token: string }) {
  const invite = await findUsableInvite(prisma, token);
  const account = await prisma.user.findUnique({ where: { email: invite.email }, select: { id: true } });
  return {
    email: invite.email,
    role: invite.role,
    workspaceName: invite.workspace.name,
    hasAccount: !!account,
  };
}

/** New people choose a name and password; people with an account confirm theirs. */
export const ZAcceptInviteInput = z.discriminatedUnion("hasAccount", [
  z.object({ hasAccount: z.literal(false), token: ZInviteToken, name: ZPersonName, password: ZNewPassword }),
  z.object({ hasAccount: z.literal(true), token: ZInviteToken, password: z.string().min(1).max(512) }),
]);
export type AcceptInviteInput = z.infer<typeof ZAcceptInviteInput>;

/**
 * Joins the invitation's workspace, creating the account when needed. The
 * token is spent in the same transaction, and only if still unused and
 * unexpired, so a link works exactly once even under concurrent use.
 */
export async function acceptInvite({ prisma, input }: { prisma: PrismaClient; input: AcceptInviteInput }) {
  const invite = await findUsableInvite(prisma, input.token);
  const existing = await prisma.user.findUnique({
    where: { email: invite.email },
    select: { id: true, passwordHash: true },
  });
  if (existing && !input.hasAccount)
    throw new AppError("CONFLICT", "You already have an account: sign in to accept.");
  if (!existing && input.hasAccount) throw new AppError("INVALID_INPUT", "Choose a name and a password.");
  if (existing) await confirmOwnPassword(prisma, invite.email, existing.passwordHash, input.password);
  const passwordHash = input.hasAccount ? null : await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const spent = await tx.invite.updateMany({
      where: { id: invite.id, acceptedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (spent.count !== 1) throw new AppError("CONFLICT", "This invitation has already been used.");
    const userId =
      existing?.id ??
      (
        await tx.user.create({
          data: { email: invite.email, name: input.hasAccount ? invite.email : input.name, passwordHash },
          select: { id: true },
        })
      ).id;
    const membership = await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: invite.workspaceId, userId } },
      create: { workspaceId: invite.workspaceId, userId, role: invite.role },
      update: {},
      select: { id: true },
    });
    await recordAudit(tx, {
      workspaceId: invite.workspaceId,
      actorId: userId,
      entityType: "Membership",
      entityId: membership.id,
      action: "member.joined",
      after: { userId, role: invite.role, inviteId: invite.id },
    });
    return { email: invite.email, workspaceId: invite.workspaceId };
  });
}

/**
 * An existing account confirms with its password. Guesses count against the
 * same per-account limit as sign-in, so an invitation link is no way around it.
 */
async function confirmOwnPassword(
  prisma: PrismaClient,
  email: string,
  passwordHash: string | null,
  password: string,
) {
  const limits = getSignInLimits(prisma);
  const keys = { account: email, address: null };
  await assertNotLimited(limits, keys);
  if (passwordHash && (await verifyPassword(passwordHash, password))) return;
  await recordFailure(limits, keys);
  throw new AppError("INVALID_INPUT", "That is not the password of this account.");
}

async function findUsableInvite(prisma: PrismaClient, token: string) {
  if (!ZInviteToken.safeParse(token).success)
    throw new AppError("INVALID_INPUT", "This invitation link is not valid.");
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      workspaceId: true,
      expiresAt: true,
      acceptedAt: true,
      workspace: { select: { name: true } },
    },
  });
  if (!invite) throw new AppError("INVALID_INPUT", "This invitation link is not valid. Ask for a new one.");
  if (invite.acceptedAt)
    throw new AppError("INVALID_INPUT", "This invitation has already been used. Sign in instead.");
  if (invite.expiresAt <= new Date()) {
    throw new AppError(
      "INVALID_INPUT",
      "This invitation has expired. Ask an owner of the workspace for a new one.",
    );
  }
  return invite;
}
