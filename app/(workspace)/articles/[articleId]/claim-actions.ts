"use server";

import { runServerAction } from "@/lib/actions/server-action";
import { readArticleActivity } from "@/lib/claims/activity";
import { createClaim } from "@/lib/claims/create-claim";
import { readClaimDetail } from "@/lib/claims/detail-action";
import { deleteClaim, updateClaim } from "@/lib/claims/edit-claim";
import { reattachClaim, retireClaim } from "@/lib/claims/orphan-actions";

// The review workspace keeps its claims in client state and calls these directly; each answers an
// ActionResult, so the client can show the message and keep what the editor typed.

export async function createClaimAction(input: unknown) {
  return runServerAction(createClaim, input);
}

export async function updateClaimAction(input: unknown) {
  return runServerAction(updateClaim, input);
}

export async function deleteClaimAction(input: unknown) {
  return runServerAction(deleteClaim, input);
}

export async function reattachClaimAction(input: unknown) {
  return runServerAction(reattachClaim, input);
}

export async function retireClaimAction(input: unknown) {
  return runServerAction(retireClaim, input);
}

export async function readClaimDetailAction(input: unknown) {
  return runServerAction(readClaimDetail, input);
}

export async function readArticleActivityAction(input: unknown) {
  return runServerAction(readArticleActivity, input);
}
