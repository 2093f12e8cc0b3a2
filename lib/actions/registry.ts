import { accountActions } from "@/lib/account/actions";
import { annotationImportActions } from "@/lib/annotations-import/actions";
import { apiTokenActions } from "@/lib/api-tokens/actions";
import { articleActions } from "@/lib/articles/actions";
import { assignmentActions } from "@/lib/assignments/actions";
import { claimActions } from "@/lib/claims/actions";
import { commentActions } from "@/lib/comments/actions";
import { evidenceActions } from "@/lib/evidence/actions";
import { exportActions } from "@/lib/exports/render-export";
import { memberActions } from "@/lib/members/actions";
import { notificationActions } from "@/lib/notifications/actions";
import { reviewActions } from "@/lib/review/actions";
import { shareLinkActions } from "@/lib/share-links/actions";
import { sourceActions } from "@/lib/sources/actions";
import { suggestionActions } from "@/lib/suggestions/actions";
import { verdictActions } from "@/lib/verdicts/actions";
import { workspaceActions } from "@/lib/workspaces/actions";
import type { ActionDefinition } from "./define-action";

/**
 * Every action a signed-in user can invoke, through a server action or a
 * route handler. The authorization matrix test (registry.int.test.ts) runs
 * each one for every role and demands a case for each: an action missing
 * here is an action nobody checked, so server actions and route handlers
 * only ever call actions listed here. (Sign-in and invitation acceptance are
 * authorized by credentials and tokens instead, and tested on their own.)
 */
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list; each entry keeps its own types where defined.
export const ACTIONS: readonly ActionDefinition<any, unknown>[] = [
  ...workspaceActions,
  ...memberActions,
  ...accountActions,
  ...articleActions,
  ...annotationImportActions,
  ...claimActions,
  ...suggestionActions,
  ...sourceActions,
  ...evidenceActions,
  ...commentActions,
  ...notificationActions,
  ...assignmentActions,
  ...verdictActions,
  ...reviewActions,
  ...exportActions,
  ...apiTokenActions,
  ...shareLinkActions,
];
