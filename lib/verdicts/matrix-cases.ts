import type { MatrixCase } from "@/lib/actions/matrix-case";
import { createReviewFixture } from "@/lib/review/testing/review-fixture";

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the verdict actions. */
export const verdictMatrixCases: Record<string, MatrixCase> = {
  "verdicts.set": {
    targetsObject: true,
    prepare: async ({ prisma, workspaceId, ownerId }) => {
      const article = await createReviewFixture({
        prisma,
        workspaceId,
        createdById: ownerId,
        paragraphs: ["The ministry said 14 soldiers were wounded on Friday."],
        claims: [{ quote: "14 soldiers were wounded" }],
      });
      // Misleading needs a rationale only, so no evidence has to be attached.
      return {
        claimId: article.claimIds[0],
        revision: 0,
        verdict: "MISLEADING",
        rationale: "The ministry's figure leaves out the missing.",
      };
    },
  },
};
