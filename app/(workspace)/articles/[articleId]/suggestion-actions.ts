"use server";

import { runServerAction } from "@/lib/actions/server-action";
import {
  acceptOneSuggestion,
  acceptSuggestionsOfKind,
  dismissOneSuggestion,
  readDetectionProgress,
  readSuggestions,
} from "@/lib/suggestions/actions";

// The review workspace keeps suggestions in client state and calls these directly; each answers an
// ActionResult. Accepting answers the new ClaimView(s), so the client adds them without a reload.

export async function listSuggestionsAction(input: unknown) {
  return runServerAction(readSuggestions, input);
}

export async function acceptSuggestionAction(input: unknown) {
  return runServerAction(acceptOneSuggestion, input);
}

export async function dismissSuggestionAction(input: unknown) {
  return runServerAction(dismissOneSuggestion, input);
}

export async function acceptAllSuggestionsAction(input: unknown) {
  return runServerAction(acceptSuggestionsOfKind, input);
}

export async function readDetectionProgressAction(input: unknown) {
  return runServerAction(readDetectionProgress, input);
}
