"use server";

import { runServerAction } from "@/lib/actions/server-action";
import { checkSignOff } from "@/lib/review/check-sign-off";
import { signOff } from "@/lib/review/sign-off";
import { markReadyForSignOff, reopenReview, submitForReview } from "@/lib/review/transitions";

// The review controls in the article header call these; each answers an ActionResult, so the
// controls can show the message inline and keep a typed reason.

export async function submitForReviewAction(input: unknown) {
  return runServerAction(submitForReview, input);
}

export async function markReadyForSignOffAction(input: unknown) {
  return runServerAction(markReadyForSignOff, input);
}

export async function signOffAction(input: unknown) {
  return runServerAction(signOff, input);
}

export async function reopenReviewAction(input: unknown) {
  return runServerAction(reopenReview, input);
}

export async function checkSignOffAction(input: unknown) {
  return runServerAction(checkSignOff, input);
}
