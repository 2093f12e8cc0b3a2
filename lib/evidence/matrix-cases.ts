import type { MatrixCase, MatrixFixture } from "@/lib/actions/matrix-case";
import { describeQuote } from "@/lib/anchoring/selectors";
import { createArticle } from "@/lib/articles/create-article";
import { createMatrixSource } from "@/lib/sources/matrix-cases";

const TEXT = "The ministry said 14 soldiers were wounded on Friday.";
const QUOTE = "14 soldiers were wounded";

/** A fresh claim on a fresh article of workspace A. */
async function createMatrixClaim(fixture: MatrixFixture) {
  const article = await createArticle({
    prisma: fixture.prisma,
    workspaceId: fixture.workspaceId,
    createdById: fixture.ownerId,
    title: "Evidence matrix",
    paragraphs: [TEXT],
    origin: "PASTE",
  });
  const start = TEXT.indexOf(QUOTE);
  const quote = describeQuote(TEXT, start, start + QUOTE.length);
  return fixture.prisma.claim.create({
    data: {
      workspaceId: fixture.workspaceId,
      articleId: article.id,
      originVersionId: article.versionId,
      versionId: article.versionId,
      kind: "CASUALTY_FIGURE",
      quoteExact: quote.exact,
      quotePrefix: quote.prefix,
      quoteSuffix: quote.suffix,
      positionStart: quote.start,
      positionEnd: quote.end,
      createdById: fixture.ownerId,
    },
  });
}

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the evidence actions. */
export const evidenceMatrixCases: Record<string, MatrixCase> = {
  "evidence.attach": {
    targetsObject: true,
    prepare: async (fixture) => ({
      claimId: (await createMatrixClaim(fixture)).id,
      sourceId: (await createMatrixSource(fixture)).id,
      stance: "SUPPORTS",
      excerpt: "14 soldiers were wounded",
    }),
  },
  "evidence.remove": {
    targetsObject: true,
    prepare: async (fixture) => {
      const claim = await createMatrixClaim(fixture);
      const source = await createMatrixSource(fixture);
      const evidence = await fixture.prisma.evidence.create({
        data: { claimId: claim.id, sourceId: source.id, stance: "CONTEXT", createdById: fixture.ownerId },
      });
      return { evidenceId: evidence.id };
    },
  },
};
