"use server";

import { revalidatePath } from "next/cache";
import { runServerAction } from "@/lib/actions/server-action";
import { assignArticle } from "@/lib/assignments/assign-article";
import { assignClaim } from "@/lib/assignments/assign-claim";

// Called by the claim's assign part and the article header's assignment control, each with the revision
// it started from; a conflict comes back as a result and the control shows the current assignment.

export async function assignClaimAction(input: unknown) {
  return runServerAction(assignClaim, input);
}

export async function assignArticleAction(input: unknown) {
  const result = await runServerAction(assignArticle, input);
  // The header's props (assignee, due date, revision) come from the server page: re-render it.
  if (result.ok) revalidatePath(`/articles/${result.data.id}`);
  return result;
}
