import { accountMatrixCases } from "@/lib/account/matrix-cases";
import { annotationImportMatrixCases } from "@/lib/annotations-import/matrix-cases";
import { apiTokenMatrixCases } from "@/lib/api-tokens/matrix-cases";
import { articleMatrixCases } from "@/lib/articles/matrix-cases";
import { assignmentMatrixCases } from "@/lib/assignments/matrix-cases";
import { claimMatrixCases } from "@/lib/claims/matrix-cases";
import { commentMatrixCases } from "@/lib/comments/matrix-cases";
import { evidenceMatrixCases } from "@/lib/evidence/matrix-cases";
import { exportMatrixCases } from "@/lib/exports/matrix-cases";
import { memberMatrixCases } from "@/lib/members/matrix-cases";
import { notificationMatrixCases } from "@/lib/notifications/matrix-cases";
import { reviewMatrixCases } from "@/lib/review/matrix-cases";
import { shareLinkMatrixCases } from "@/lib/share-links/matrix-cases";
import { sourceMatrixCases } from "@/lib/sources/matrix-cases";
import { suggestionMatrixCases } from "@/lib/suggestions/matrix-cases";
import { verdictMatrixCases } from "@/lib/verdicts/matrix-cases";
import { workspaceMatrixCases } from "@/lib/workspaces/matrix-cases";
import type { MatrixCase } from "./matrix-case";

/** One case per registered action (registry.int.test.ts fails for an action without one). */
export const MATRIX_CASES: Record<string, MatrixCase> = {
  ...workspaceMatrixCases,
  ...memberMatrixCases,
  ...accountMatrixCases,
  ...articleMatrixCases,
  ...annotationImportMatrixCases,
  ...claimMatrixCases,
  ...suggestionMatrixCases,
  ...sourceMatrixCases,
  ...evidenceMatrixCases,
  ...commentMatrixCases,
  ...notificationMatrixCases,
  ...assignmentMatrixCases,
  ...verdictMatrixCases,
  ...reviewMatrixCases,
  ...exportMatrixCases,
  ...apiTokenMatrixCases,
  ...shareLinkMatrixCases,
};
