import { z } from "zod";
import { ZEmail } from "@/lib/auth/schemas";

export const ZRole = z.enum(["OWNER", "EDITOR", "VIEWER"], { message: "Choose owner, editor or viewer." });
const ZId = z.string().min(1).max(64);

export const ZInviteMemberInput = z.object({ email: ZEmail, role: ZRole });
export const ZRevokeInviteInput = z.object({ inviteId: ZId });
export const ZChangeRoleInput = z.object({ membershipId: ZId, role: ZRole });
export const ZRemoveMemberInput = z.object({ membershipId: ZId });

export const ZPersonName = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters for your name.");

/** Invite tokens are 43 characters of base64url; anything else is not one of ours. */
export const ZInviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid.");
