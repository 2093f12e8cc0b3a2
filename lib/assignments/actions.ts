import { assignArticle } from "./assign-article";
import { assignClaim } from "./assign-claim";

export const assignmentActions = [assignClaim, assignArticle];
