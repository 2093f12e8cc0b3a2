import type { MatrixCase, MatrixFixture } from "@/lib/actions/matrix-case";
import { createArticle } from "@/lib/articles/create-article";
import { createShareToken } from "./token";

/** A fresh article of workspace A to share. */
async function createSharedArticle({ prisma, workspaceId, ownerId }: MatrixFixture) {
  return createArticle({
    prisma,
    workspaceId,
    createdById: ownerId,
    title: "Share links matrix",
    paragraphs: ["The ministry said 14 soldiers were wounded on Friday."],
    origin: "PASTE",
  });
}

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the share link actions. */
export const shareLinkMatrixCases: Record<string, MatrixCase> = {
  "shareLinks.create": {
    targetsObject: true,
    prepare: async (fixture) => ({ articleId: (await createSharedArticle(fixture)).id, expiresInDays: 7 }),
  },
  "shareLinks.revoke": {
    targetsObject: true,
    prepare: async (fixture) => {
      const article = await createSharedArticle(fixture);
      const link = await fixture.prisma.shareLink.create({
        data: {
          workspaceId: fixture.workspaceId,
          articleId: article.id,
          tokenHash: createShareToken().tokenHash,
          createdById: fixture.ownerId,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return { shareLinkId: link.id };
    },
  },
  "shareLinks.list": {
    targetsObject: true,
    prepare: async (fixture) => ({ articleId: (await createSharedArticle(fixture)).id }),
  },
};
