import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { API_TOKEN_VIEW_SELECT } from "./find-api-tokens";
import { ZCreateApiTokenInput, ZRevokeApiTokenInput } from "./schemas";
import { createApiTokenSecret } from "./token";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Any member creates a personal token for themself, in their active workspace. The token
 * comes back once, here; only its hash and a short prefix are stored.
 */
export const createApiToken = defineAction({
  name: "apiTokens.create",
  permission: "read",
  input: ZCreateApiTokenInput,
  run: async ({ user, input }) => {
    const { token, tokenHash, prefix } = createApiTokenSecret();
    const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
    return getPrisma().$transaction(async (tx) => {
      const created = await tx.apiToken.create({
        data: {
          userId: user.id,
          workspaceId: user.workspace.id,
          name: input.name,
          tokenHash,
          prefix,
          expiresAt,
        },
        select: API_TOKEN_VIEW_SELECT,
      });
      // Who holds API access to the newsroom is worth a line in its log; the token itself never is.
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "ApiToken",
        entityId: created.id,
        action: "api_token.created",
        after: { name: created.name, prefix, expiresAt: expiresAt?.toISOString() ?? null },
      });
      return { ...created, token };
    });
  },
});

/** Revokes one of the caller's own tokens; anyone else's (or an unknown id) is not found. */
export const revokeApiToken = defineAction({
  name: "apiTokens.revoke",
  permission: "read",
  input: ZRevokeApiTokenInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const found = await tx.apiToken.findFirst({
        where: { id: input.tokenId, userId: user.id, workspaceId: user.workspace.id },
        select: { id: true, name: true, prefix: true, revokedAt: true },
      });
      if (!found) throw new AppError("NOT_FOUND", "This token does not exist, or it is not yours.");
      if (found.revokedAt) return { id: found.id, revokedAt: found.revokedAt };
      const revokedAt = new Date();
      await tx.apiToken.update({ where: { id: found.id }, data: { revokedAt } });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "ApiToken",
        entityId: found.id,
        action: "api_token.revoked",
        before: { name: found.name, prefix: found.prefix },
      });
      return { id: found.id, revokedAt };
    }),
});

export const apiTokenActions = [createApiToken, revokeApiToken];
