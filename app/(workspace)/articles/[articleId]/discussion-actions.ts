"use server";

import { runServerAction } from "@/lib/actions/server-action";
import { addComment } from "@/lib/comments/add-comment";
import { deleteComment } from "@/lib/comments/delete-comment";

// The claim's discussion part calls these directly and re-reads the claim's detail afterwards; each answers
// an ActionResult, so a refused comment comes back as a message and the typed text stays in the composer.

export async function addCommentAction(input: unknown) {
  return runServerAction(addComment, input);
}

export async function deleteCommentAction(input: unknown) {
  return runServerAction(deleteComment, input);
}
