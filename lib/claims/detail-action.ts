import { defineAction } from "@/lib/actions/define-action";
import { findClaimDetail } from "./claim-detail";
import { ZClaimIdInput } from "./schemas";

/** Reads a claim's verdict history, evidence, discussion and timeline for its detail panel. */
export const readClaimDetail = defineAction({
  name: "claims.detail",
  permission: "read",
  input: ZClaimIdInput,
  run: ({ user, input }) => findClaimDetail({ user, claimId: input.claimId }),
});
