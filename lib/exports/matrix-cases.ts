import type { MatrixCase } from "@/lib/actions/matrix-case";
import { createArticle } from "@/lib/articles/create-article";

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the export action. */
export const exportMatrixCases: Record<string, MatrixCase> = {
  "exports.article": {
    targetsObject: true,
    prepare: async ({ prisma, workspaceId, ownerId }) => {
      const article = await createArticle({
        prisma,
        workspaceId,
        createdById: ownerId,
        title: "Exports matrix",
        paragraphs: ["The ministry said 14 soldiers were wounded on Friday."],
        origin: "PASTE",
      });
      return { articleId: article.id, format: "csv", appUrl: "http://localhost:3000" };
    },
  },
};
