import type { MatrixCase, MatrixFixture } from "@/lib/actions/matrix-case";
import { createArticle } from "@/lib/articles/create-article";

const TEXT = "The ministry said 14 soldiers were wounded on Friday.";
const QUOTE = "14 soldiers were wounded";

/** A fresh article of workspace A with one claim on it (for the discussion, notification and assignment cases). */
export async function createMatrixClaim({ prisma, workspaceId, ownerId }: MatrixFixture) {
  const article = await createArticle({
    prisma,
    workspaceId,
    createdById: ownerId,
    title: "Discussion matrix",
    paragraphs: [TEXT],
    origin: "PASTE",
  });
  const start = TEXT.indexOf(QUOTE);
  return prisma.claim.create({
    data: {
      workspaceId,
      articleId: article.id,
      originVersionId: article.versionId,
      versionId: article.versionId,
      kind: "CASUALTY_FIGURE",
      quoteExact: QUOTE,
      quotePrefix: TEXT.slice(0, start),
      quoteSuffix: TEXT.slice(start + QUOTE.length),
      positionStart: start,
      positionEnd: start + QUOTE.length,
      createdById: ownerId,
    },
    select: { id: true, articleId: true },
  });
}

/**
 * The member of workspace A who joined last. The matrix creates each caller
 * just before preparing its input, so this is the caller when they are in
 * A: a comment only its author may delete must be theirs to test the role
 * rule rather than authorship (which comments.int.test.ts covers).
 */
async function newestMemberOfA({ prisma, workspaceId }: MatrixFixture) {
  const membership = await prisma.membership.findFirstOrThrow({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { userId: true },
  });
  return membership.userId;
}

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the discussion actions. */
export const commentMatrixCases: Record<string, MatrixCase> = {
  "comments.add": {
    targetsObject: true,
    prepare: async (fixture) => {
      const owner = await fixture.prisma.user.findUniqueOrThrow({ where: { id: fixture.ownerId } });
      return {
        claimId: (await createMatrixClaim(fixture)).id,
        body: `@${owner.name} can you check this figure?`,
        mentionedUserIds: [owner.id],
      };
    },
  },
  "comments.delete": {
    targetsObject: true,
    prepare: async (fixture) => {
      const claim = await createMatrixClaim(fixture);
      const comment = await fixture.prisma.comment.create({
        data: {
          claimId: claim.id,
          authorId: await newestMemberOfA(fixture),
          body: "Checked with the ministry.",
        },
      });
      return { commentId: comment.id };
    },
  },
};
