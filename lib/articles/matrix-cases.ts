import type { MatrixCase, MatrixFixture } from "@/lib/actions/matrix-case";
import { createArticle } from "./create-article";

const DOCUMENT = {
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "The ministry reported 14 arrests." }] }],
};

function draft(title: string) {
  return {
    origin: "PASTE",
    sourceName: "Pasted text",
    title,
    outlet: "Matrix Times",
    language: "en",
    document: DOCUMENT,
  };
}

async function createTarget({ prisma, workspaceId, ownerId }: MatrixFixture): Promise<string> {
  const article = await createArticle({
    prisma,
    workspaceId,
    createdById: ownerId,
    title: "Matrix article",
    paragraphs: ["The first version said 12 arrests."],
    origin: "PASTE",
  });
  return article.id;
}

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the article actions. */
export const articleMatrixCases: Record<string, MatrixCase> = {
  "articles.preview": {
    targetsObject: false,
    prepare: async () => ({
      kind: "paste",
      text: "Arrests in the capital\n\nThe ministry reported 14 arrests.",
    }),
  },
  "articles.import": {
    targetsObject: false,
    prepare: async () => draft("Matrix import"),
  },
  "articles.addVersion": {
    targetsObject: true,
    prepare: async (fixture) => ({
      ...draft("Matrix article, updated"),
      articleId: await createTarget(fixture),
    }),
  },
  "articles.importFile": {
    targetsObject: false,
    prepare: async () => ({
      file: new File([`Matrix file ${Math.random()}\n\nThe ministry reported 14 arrests.`], "matrix.txt"),
    }),
  },
};
