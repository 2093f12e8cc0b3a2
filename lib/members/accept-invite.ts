import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { ZNewPassword } from "@/lib/auth/password-policy";
import { assertNotLimited, getSignInLimits, recordFailure } from "@/lib/auth/sign-in-limits";
import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashInviteToken } from "./invite-token";
import { ZInviteToken, ZPersonName } from "./schemas";

export type InvitePreview = { email: string; role: Role; workspaceName: string };

/**
 * What an invitation link offers, or AppError INVALID_INPUT saying why it cannot be used. It says
 * nothing of whether the address already has an account (it does not even look): whoever holds a
 * link must not learn which addresses are registered. The server decides on submit.
 */
export async function getInvitePreview({
  prisma,
  token,
}: {
  prisma: PrismaClient;
  token: string;
}): Promise<InvitePreview> {
  const invite = await findUsableInvite(prisma, token);
  return { email: invite.email, role: invite.role, workspaceName: invite.workspace.name };
}

/**
 * One form for everyone: a name and a password. With an account already at the invited address,
 * the password must be that account's (the name is checked but not used); without one, it is the
 * new account's and must meet the password policy.
 */
export const ZAcceptInviteInput = z.object({
  token: ZInviteToken,
  name: ZPersonName,
  password: z.string().min(1, "Enter a password.").max(512, "Use at most 512 characters."),
});
export type AcceptInviteInput = z.infer<typeof ZAcceptInviteInput>;

/** The password was refused: not the existing account's, or too weak for a new one. */
export class InvitePasswordError extends AppError {
  override name = "InvitePasswordError";
  constructor(message: string) {
    super("INVALID_INPUT", message);
  }
}

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
  await checkPassword(prisma, invite.email, existing, input.password);
  const passwordHash = existing ? null : await hashPassword(input.password);
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
          data: { email: invite.email, name: input.name, passwordHash },
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
 * An existing account must give its own password; a new one a password the policy accepts. Both
 * are checked under the same per-account limit as sign-in (keyed on the invited address), and a
 * failure counts in both cases, so an invitation is no way around the limit and the limit does
 * not tell the two apart either. A refusal for a password the policy rejects reads the same in
 * both cases (the policy's words), in about the same time (a dummy argon2 check for new ones).
 * Only a policy-strong password that is not the account's says so: for a new address that
 * password would have been accepted, so the answer tells nothing the outcome would not.
 */
async function checkPassword(
  prisma: PrismaClient,
  email: string,
  existing: { passwordHash: string | null } | null,
  password: string,
) {
  const limits = getSignInLimits(prisma);
  const keys = { account: email, address: null };
  await assertNotLimited(limits, keys);
  const policy = ZNewPassword.safeParse(password);
  const accepted = existing
    ? existing.passwordHash
      ? await verifyPassword(existing.passwordHash, password)
      : await verifyAgainstDummy(password)
    : policy.success || (await verifyAgainstDummy(password));
  if (accepted) {
    await limits.account.limiter.delete(email);
    return;
  }
  await recordFailure(limits, keys);
  throw new InvitePasswordError(
    policy.success
      ? "That is not the password of the Factdesk account with this address. Enter that account's password."
      : (policy.error.issues[0]?.message ?? "Choose a stronger password."),
  );
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
