import type { MatrixCase, MatrixFixture } from "@/lib/actions/matrix-case";
import { describeQuote } from "@/lib/anchoring/selectors";
import { createArticle } from "@/lib/articles/create-article";

const TEXT = "The ministry said 14 soldiers were wounded on Friday.";
const QUOTE = "14 soldiers were wounded";

async function createTargetArticle({ prisma, workspaceId, ownerId }: MatrixFixture) {
  return createArticle({
    prisma,
    workspaceId,
    createdById: ownerId,
    title: "Claims matrix",
    paragraphs: [TEXT],
    origin: "PASTE",
  });
}

/** A fresh article of workspace A with one claim on it. */
async function createTargetClaim(fixture: MatrixFixture, anchorStatus: "ANCHORED" | "ORPHANED" = "ANCHORED") {
  const article = await createTargetArticle(fixture);
  const start = TEXT.indexOf(QUOTE);
  const quote = describeQuote(TEXT, start, start + QUOTE.length);
  const claim = await fixture.prisma.claim.create({
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
      anchorStatus,
      createdById: fixture.ownerId,
    },
  });
  return { article, claim };
}

const selection = (articleVersionId: string) => {
  const start = TEXT.indexOf("Friday");
  return { versionId: articleVersionId, start, end: start + "Friday".length, exact: "Friday" };
};

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the claim actions. */
export const claimMatrixCases: Record<string, MatrixCase> = {
  "claims.create": {
    targetsObject: true,
    prepare: async (fixture) => {
      const article = await createTargetArticle(fixture);
      return { articleId: article.id, ...selection(article.versionId), kind: "DATE" };
    },
  },
  "claims.update": {
    targetsObject: true,
    prepare: async (fixture) => ({
      claimId: (await createTargetClaim(fixture)).claim.id,
      revision: 0,
      note: "Check",
    }),
  },
  "claims.delete": {
    targetsObject: true,
    prepare: async (fixture) => ({ claimId: (await createTargetClaim(fixture)).claim.id }),
  },
  "claims.reattach": {
    targetsObject: true,
    prepare: async (fixture) => {
      const { article, claim } = await createTargetClaim(fixture, "ORPHANED");
      return { claimId: claim.id, ...selection(article.versionId) };
    },
  },
  "claims.retire": {
    targetsObject: true,
    prepare: async (fixture) => ({ claimId: (await createTargetClaim(fixture, "ORPHANED")).claim.id }),
  },
  "claims.detail": {
    targetsObject: true,
    prepare: async (fixture) => ({ claimId: (await createTargetClaim(fixture)).claim.id }),
  },
  "claims.activity": {
    targetsObject: true,
    prepare: async (fixture) => ({ articleId: (await createTargetArticle(fixture)).id }),
  },
};
