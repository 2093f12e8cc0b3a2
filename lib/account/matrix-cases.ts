import type { MatrixCase } from "@/lib/actions/matrix-case";

// Account actions act on the caller's own account: every signed-in user may use them.
export const accountMatrixCases: Record<string, MatrixCase> = {
  "account.updateName": { targetsObject: false, prepare: async () => ({ name: "Renamed in the matrix" }) },
  "account.changePassword": {
    targetsObject: false,
    // The action signs the user out everywhere; the matrix gives every actor a fresh session per case.
    prepare: async ({ password }) => ({
      currentPassword: password,
      newPassword: "a brand new passphrase 42",
    }),
  },
  "account.signOutEverywhere": { targetsObject: false, prepare: async () => ({}) },
};
