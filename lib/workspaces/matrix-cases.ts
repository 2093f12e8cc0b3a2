import type { MatrixCase } from "@/lib/actions/matrix-case";

export const workspaceMatrixCases: Record<string, MatrixCase> = {
  "workspaces.switch": { targetsObject: true, prepare: async ({ workspaceId }) => ({ workspaceId }) },
};
