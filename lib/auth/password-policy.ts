import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;
// Long passphrases are welcome; the cap only stops hashing megabytes.
export const MAX_PASSWORD_LENGTH = 200;

let common: Set<string> | undefined;

/** True for the ~49,000 most common passwords (zxcvbn's list), case-insensitively. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((word) => word.toLowerCase()));
  return common.has(password.toLowerCase());
}

/** A password a user chooses: long enough, not absurdly long, not a common one. */
export const ZNewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((password) => password.trim().length > 0, "The password cannot be only spaces.")
  .refine(
    (password) => !isCommonPassword(password),
    "That password is one of the most common ones. Choose another.",
  );
