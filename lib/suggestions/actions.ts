import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { acceptAllSuggestions } from "./accept-all";
import { acceptSuggestion } from "./accept-suggestion";
import { findDetectionProgress } from "./detection-progress";
import { dismissSuggestion } from "./dismiss-suggestion";
import { listSuggestions } from "./list-suggestions";
import {
  ZAcceptAllInput,
  ZAcceptSuggestionInput,
  ZArticleSuggestionsInput,
  ZDetectionProgressInput,
  ZSuggestionIdInput,
} from "./schemas";

/** The current version's open suggestions and the article's consistency warnings. */
export const readSuggestions = defineAction({
  name: "suggestions.list",
  permission: "read",
  input: ZArticleSuggestionsInput,
  run: ({ user, input }) =>
    listSuggestions({ prisma: getPrisma(), workspaceId: user.workspace.id, articleId: input.articleId }),
});

/** Makes a suggestion a claim (kind and normalized value filled in). */
export const acceptOneSuggestion = defineAction({
  name: "suggestions.accept",
  permission: "write",
  input: ZAcceptSuggestionInput,
  run: ({ user, input }) => getPrisma().$transaction((tx) => acceptSuggestion(tx, user, input)),
});

/** Dismisses a suggestion for this version. */
export const dismissOneSuggestion = defineAction({
  name: "suggestions.dismiss",
  permission: "write",
  input: ZSuggestionIdInput,
  run: ({ user, input }) => getPrisma().$transaction((tx) => dismissSuggestion(tx, user, input)),
});

/** Accepts every open suggestion of one kind on the current version. */
export const acceptSuggestionsOfKind = defineAction({
  name: "suggestions.acceptAll",
  permission: "write",
  input: ZAcceptAllInput,
  // Thousands of claims on a long article take longer than Prisma's default 5 s on the embedded database.
  run: ({ user, input }) =>
    getPrisma().$transaction((tx) => acceptAllSuggestions(tx, user, input), {
      maxWait: 10_000,
      timeout: 30_000,
    }),
});

/** How many versions the job queue has yet to detect, for some articles or the whole workspace. */
export const readDetectionProgress = defineAction({
  name: "suggestions.progress",
  permission: "read",
  input: ZDetectionProgressInput,
  run: ({ user, input }) => findDetectionProgress(getPrisma(), user.workspace.id, input.articleIds),
});

export const suggestionActions = [
  readSuggestions,
  acceptOneSuggestion,
  dismissOneSuggestion,
  acceptSuggestionsOfKind,
  readDetectionProgress,
];
