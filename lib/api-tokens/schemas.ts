import { z } from "zod";

/** The lifetimes a token can be created with, in days; null means it never expires. */
export const API_TOKEN_LIFETIMES = [30, 90, 365] as const;

export const ZApiTokenName = z
  .string()
  .trim()
  .min(1, "Name the token after where it is used, e.g. “CMS export”.")
  .max(100, "Use at most 100 characters for the token's name.");

export const ZCreateApiTokenInput = z.object({
  name: ZApiTokenName,
  expiresInDays: z
    .union([z.literal(30), z.literal(90), z.literal(365)], {
      error: "Choose when the token expires: in 30, 90 or 365 days, or never.",
    })
    .nullable()
    .optional(),
});
export type CreateApiTokenInput = z.infer<typeof ZCreateApiTokenInput>;

export const ZRevokeApiTokenInput = z.object({
  tokenId: z.string().trim().min(1, "Say which token to revoke.").max(64, "That is not a token's id."),
});
