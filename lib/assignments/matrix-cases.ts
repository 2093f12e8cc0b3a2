import type { MatrixCase } from "@/lib/actions/matrix-case";
import { createMatrixClaim } from "@/lib/comments/matrix-cases";

/** How the authorization matrix exercises the assignment actions: each assigns workspace A's owner. */
export const assignmentMatrixCases: Record<string, MatrixCase> = {
  "assignments.assignClaim": {
    targetsObject: true,
    prepare: async (fixture) => ({
      claimId: (await createMatrixClaim(fixture)).id,
      revision: 0,
      assigneeId: fixture.ownerId,
    }),
  },
  "assignments.assignArticle": {
    targetsObject: true,
    prepare: async (fixture) => ({
      articleId: (await createMatrixClaim(fixture)).articleId,
      revision: 0,
      assigneeId: fixture.ownerId,
      dueAt: "2030-01-31",
    }),
  },
};
