import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { ZNewPassword } from "@/lib/auth/password-policy";
import { ZEmail } from "@/lib/auth/schemas";
import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertAnotherOwnerRemains } from "@/lib/members/owner-guard";
import { ZPersonName, ZRole } from "@/lib/members/schemas";

/** A workspace's address-safe name: 2–49 lowercase letters, digits and dashes, not starting with a dash. */
export const ZWorkspaceSlug = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,48}$/,
    "Use 2 to 49 lowercase letters, digits or dashes, starting with a letter or digit (e.g. city-desk).",
  );

export const ZWorkspaceName = z
  .string()
  .trim()
  .min(1, "Enter the workspace's name.")
  .max(100, "Use at most 100 characters for the workspace's name.");

/**
 * Who to create (or add) and where. The password is needed only when the
 * email has no account yet; an existing account keeps its password and name.
 */
export const ZCreateUserInput = z.object({
  email: ZEmail,
  workspaceSlug: ZWorkspaceSlug,
  role: ZRole,
  /** Defaults to the email's local part. */
  name: ZPersonName.optional(),
  /** Used only when the workspace is created; defaults to the slug. */
  workspaceName: ZWorkspaceName.optional(),
  password: ZNewPassword.optional(),
});
export type CreateUserInput = z.infer<typeof ZCreateUserInput>;

export type CreateUserOptions = { prisma: PrismaClient; input: CreateUserInput };

/** What changed, so a caller can say it in words. */
export type CreateUserResult = {
  user: { id: string; email: string; name: string; isNew: boolean };
  workspace: { id: string; slug: string; name: string; isNew: boolean };
  membership: { id: string; role: Role; previousRole: Role | null };
};

/**
 * Bootstraps an account outside the app (no signed-in owner exists yet):
 * creates the workspace when its slug is new, creates the user or reuses the
 * account with that email, and gives them `role` there. All in one
 * transaction with its audit entries (actor null: an operator, not a user).
 * Demoting a workspace's last owner is refused, as in the app.
 */
export async function createUser({ prisma, input }: CreateUserOptions): Promise<CreateUserResult> {
  // Hashing takes tens of milliseconds: done before the transaction, not inside it.
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const workspace = await findOrCreateWorkspace(tx, input);
    const user = await findOrCreateUser(tx, input, passwordHash);
    const membership = await upsertMembership(tx, {
      workspaceId: workspace.id,
      userId: user.id,
      role: input.role,
    });
    return { user, workspace, membership };
  });
}

async function findOrCreateWorkspace(tx: Prisma.TransactionClient, input: CreateUserInput) {
  const select = { id: true, slug: true, name: true } as const;
  const existing = await tx.workspace.findUnique({ where: { slug: input.workspaceSlug }, select });
  if (existing) return { ...existing, isNew: false };
  const created = await tx.workspace.create({
    data: { slug: input.workspaceSlug, name: input.workspaceName ?? input.workspaceSlug },
    select,
  });
  await recordAudit(tx, {
    workspaceId: created.id,
    actorId: null,
    entityType: "Workspace",
    entityId: created.id,
    action: "workspace.created",
    after: { slug: created.slug, name: created.name, via: "cli" },
  });
  return { ...created, isNew: true };
}

async function findOrCreateUser(
  tx: Prisma.TransactionClient,
  input: CreateUserInput,
  passwordHash: string | null,
) {
  const select = { id: true, email: true, name: true } as const;
  const existing = await tx.user.findUnique({ where: { email: input.email }, select });
  if (existing) return { ...existing, isNew: false };
  if (!passwordHash) {
    throw new AppError(
      "INVALID_INPUT",
      `${input.email} has no account yet: a password is needed to create it.`,
    );
  }
  const name = input.name ?? defaultName(input.email);
  // Validated like a name typed in the app, so a strange local part cannot slip through.
  const parsedName = ZPersonName.safeParse(name);
  if (!parsedName.success) throw new AppError("INVALID_INPUT", "Give the user's name with --name.");
  const created = await tx.user.create({
    data: { email: input.email, name: parsedName.data, passwordHash },
    select,
  });
  return { ...created, isNew: true };
}

async function upsertMembership(
  tx: Prisma.TransactionClient,
  target: { workspaceId: string; userId: string; role: Role },
): Promise<CreateUserResult["membership"]> {
  const { workspaceId, userId, role } = target;
  const existing = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { id: true, role: true },
  });
  if (existing?.role === role) return { id: existing.id, role, previousRole: role };
  if (existing) {
    if (existing.role === "OWNER") await assertAnotherOwnerRemains(tx, workspaceId, existing.id);
    await tx.membership.update({ where: { id: existing.id }, data: { role } });
    await recordAudit(tx, {
      workspaceId,
      actorId: null,
      entityType: "Membership",
      entityId: existing.id,
      action: "member.role_changed",
      before: { userId, role: existing.role },
      after: { userId, role, via: "cli" },
    });
    return { id: existing.id, role, previousRole: existing.role };
  }
  const created = await tx.membership.create({ data: { workspaceId, userId, role }, select: { id: true } });
  await recordAudit(tx, {
    workspaceId,
    actorId: null,
    entityType: "Membership",
    entityId: created.id,
    action: "member.joined",
    after: { userId, role, via: "cli" },
  });
  return { id: created.id, role, previousRole: null };
}

/** "jane.doe@newsroom.example" -> "jane.doe": the name until the user sets their own. */
export function defaultName(email: string): string {
  return email.slice(0, email.lastIndexOf("@")) || email;
}
