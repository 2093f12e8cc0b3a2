import type { MatrixCase } from "@/lib/actions/matrix-case";
import { createApiTokenSecret } from "./token";

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the personal API token actions. */
export const apiTokenMatrixCases: Record<string, MatrixCase> = {
  // Every member may create a token for themself.
  "apiTokens.create": {
    targetsObject: false,
    prepare: async () => ({ name: "Matrix CMS", expiresInDays: 30 }),
  },
  "apiTokens.revoke": {
    // The workspace owner's token: nobody else, not even another owner of A, may revoke it.
    targetsObject: "personal",
    prepare: async ({ prisma, workspaceId, ownerId }) => {
      const { tokenHash, prefix } = createApiTokenSecret();
      const token = await prisma.apiToken.create({
        data: { userId: ownerId, workspaceId, name: "Owner's token", tokenHash, prefix },
      });
      return { tokenId: token.id };
    },
  },
};
