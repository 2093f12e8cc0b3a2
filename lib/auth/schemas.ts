import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Enter your email address.")
  .max(254, "That email address is too long.")
  .email("Enter a valid email address.");

export const ZSignInInput = z.object({
  email: ZEmail,
  // Upper bound stops hashing megabytes of input; the account system sets the lower bound.
  password: z.string().min(1, "Enter your password.").max(512, "That password is too long."),
});

export type SignInInput = z.infer<typeof ZSignInInput>;
