import { accountMatrixCases } from "@/lib/account/matrix-cases";
import { articleMatrixCases } from "@/lib/articles/matrix-cases";
import { claimMatrixCases } from "@/lib/claims/matrix-cases";
import { memberMatrixCases } from "@/lib/members/matrix-cases";
import { workspaceMatrixCases } from "@/lib/workspaces/matrix-cases";
import type { MatrixCase } from "./matrix-case";

/** One case per registered action (registry.int.test.ts fails for an action without one). */
export const MATRIX_CASES: Record<string, MatrixCase> = {
  ...workspaceMatrixCases,
  ...memberMatrixCases,
  ...accountMatrixCases,
  ...articleMatrixCases,
  ...claimMatrixCases,
};
