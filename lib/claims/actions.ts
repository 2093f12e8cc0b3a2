import { readArticleActivity } from "./activity";
import { createClaim } from "./create-claim";
import { readClaimDetail } from "./detail-action";
import { deleteClaim, updateClaim } from "./edit-claim";
import { reattachClaim, retireClaim } from "./orphan-actions";

export const claimActions = [
  createClaim,
  updateClaim,
  deleteClaim,
  reattachClaim,
  retireClaim,
  readClaimDetail,
  readArticleActivity,
];
