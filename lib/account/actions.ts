import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ZNewPassword } from "@/lib/auth/password-policy";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZPersonName } from "@/lib/members/schemas";

/** The signed-in user renames themself. */
export const updateName = defineAction({
  name: "account.updateName",
  permission: "read",
  input: z.object({ name: ZPersonName }),
  run: async ({ user, input }) =>
    getPrisma().user.update({ where: { id: user.id }, data: { name: input.name }, select: { name: true } }),
});

/**
 * Changes the password after checking the current one, and ends every
 * session (this one included): whoever knew the old password is out.
 */
export const changePassword = defineAction({
  name: "account.changePassword",
  permission: "read",
  input: z
    .object({
      currentPassword: z.string().min(1, "Enter your current password.").max(512),
      newPassword: ZNewPassword,
    })
    .refine((input) => input.currentPassword !== input.newPassword, {
      message: "Choose a password different from the current one.",
      path: ["newPassword"],
    }),
  run: async ({ user, input }) => {
    const prisma = getPrisma();
    const account = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      throw new AppError("INVALID_INPUT", "Your current password is not correct.");
    }
    await prisma.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    });
    return { signedOut: true };
  },
});

/** Ends every session of the user, on every device, at their next request. */
export const signOutEverywhere = defineAction({
  name: "account.signOutEverywhere",
  permission: "read",
  input: z.object({}),
  run: async ({ user }) => {
    await getPrisma().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    return { signedOut: true };
  },
});

export const accountActions = [updateName, changePassword, signOutEverywhere];
