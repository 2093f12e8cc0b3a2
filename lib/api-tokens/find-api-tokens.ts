import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";

/** What the account page shows of a token: never the token or its hash. */
export const API_TOKEN_VIEW_SELECT = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
} as const;

export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
};

/** The user's tokens in their active workspace that are not revoked (expired ones included, marked by date), newest first. */
export async function findApiTokens({ user }: { user: SessionUser }): Promise<ApiTokenView[]> {
  return getPrisma().apiToken.findMany({
    where: { userId: user.id, workspaceId: user.workspace.id, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: API_TOKEN_VIEW_SELECT,
  });
}
