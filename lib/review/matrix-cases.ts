import type { MatrixCase, MatrixFixture } from "@/lib/actions/matrix-case";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { createReviewFixture } from "./testing/review-fixture";

const TEXT = "The ministry said 14 soldiers were wounded on Friday.";

/** A fresh article of workspace A in `status`, with one claim whose verdict the owner of A set. */
async function reviewTarget(fixture: MatrixFixture, status: ReviewStatus) {
  const article = await createReviewFixture({
    prisma: fixture.prisma,
    workspaceId: fixture.workspaceId,
    createdById: fixture.ownerId,
    paragraphs: [TEXT],
    claims: [{ quote: "14 soldiers were wounded", verdict: "MISLEADING" }],
    status,
  });
  return { articleId: article.articleId, revision: article.revision };
}

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the review actions. */
export const reviewMatrixCases: Record<string, MatrixCase> = {
  "review.submit": { targetsObject: true, prepare: (fixture) => reviewTarget(fixture, "DRAFT") },
  "review.markReady": { targetsObject: true, prepare: (fixture) => reviewTarget(fixture, "IN_REVIEW") },
  // Every caller is a fresh user, never the owner who set the verdict, so the two-person rule lets them sign.
  "review.signOff": { targetsObject: true, prepare: (fixture) => reviewTarget(fixture, "READY_FOR_SIGNOFF") },
  "review.reopen": {
    targetsObject: true,
    prepare: async (fixture) => ({ ...(await reviewTarget(fixture, "APPROVED")), reason: "Matrix check" }),
  },
  "review.checkSignOff": {
    targetsObject: true,
    prepare: async (fixture) => ({ articleId: (await reviewTarget(fixture, "READY_FOR_SIGNOFF")).articleId }),
  },
};
