import type { MatrixCase, MatrixFixture } from "@/lib/actions/matrix-case";
import { createArticle } from "@/lib/articles/create-article";

const TEXT = "The ministry said 14 soldiers were wounded on Friday.";
const FIGURE = "14 soldiers were wounded";

/** A fresh article of workspace A with an open suggestion on it (made here, whatever the detector found). */
async function createTargetSuggestion(fixture: MatrixFixture) {
  const article = await createArticle({
    prisma: fixture.prisma,
    workspaceId: fixture.workspaceId,
    createdById: fixture.ownerId,
    title: "Suggestions matrix",
    paragraphs: [TEXT],
    origin: "PASTE",
  });
  const start = TEXT.indexOf(FIGURE);
  const range = {
    versionId: article.versionId,
    kind: "CASUALTY_FIGURE" as const,
    start,
    end: start + FIGURE.length,
  };
  const suggestion = await fixture.prisma.suggestion.upsert({
    where: { versionId_kind_start_end: range },
    create: { ...range, text: FIGURE, score: 0.9, reason: "Casualty figure", normalizedValue: { value: 14 } },
    update: { status: "OPEN" },
  });
  return { article, suggestion };
}

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the suggestion actions. */
export const suggestionMatrixCases: Record<string, MatrixCase> = {
  "suggestions.list": {
    targetsObject: true,
    prepare: async (fixture) => ({ articleId: (await createTargetSuggestion(fixture)).article.id }),
  },
  "suggestions.accept": {
    targetsObject: true,
    prepare: async (fixture) => ({ suggestionId: (await createTargetSuggestion(fixture)).suggestion.id }),
  },
  "suggestions.dismiss": {
    targetsObject: true,
    prepare: async (fixture) => ({ suggestionId: (await createTargetSuggestion(fixture)).suggestion.id }),
  },
  "suggestions.acceptAll": {
    targetsObject: true,
    prepare: async (fixture) => ({
      articleId: (await createTargetSuggestion(fixture)).article.id,
      kind: "CASUALTY_FIGURE",
    }),
  },
  // The caller's own workspace: no article named, so every member may ask.
  "suggestions.progress": { targetsObject: false, prepare: async () => ({}) },
};
