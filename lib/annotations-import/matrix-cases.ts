import type { MatrixCase } from "@/lib/actions/matrix-case";
import { createArticle } from "@/lib/articles/create-article";

const TEXT = "The ministry said 14 soldiers were wounded on Friday.";

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the annotation import. */
export const annotationImportMatrixCases: Record<string, MatrixCase> = {
  "annotations.import": {
    targetsObject: true,
    prepare: async ({ prisma, workspaceId, ownerId }) => {
      const article = await createArticle({
        prisma,
        workspaceId,
        createdById: ownerId,
        title: "Annotations matrix",
        paragraphs: [TEXT],
        origin: "PASTE",
      });
      return {
        articleId: article.id,
        collection: {
          "@context": "http://www.w3.org/ns/anno.jsonld",
          type: "Annotation",
          body: { type: "TextualBody", value: "Check the count", purpose: "commenting" },
          target: {
            source: "https://example.org/",
            selector: { type: "TextQuoteSelector", exact: "14 soldiers" },
          },
        },
      };
    },
  },
};
