"use server";

import { revalidatePath } from "next/cache";
import { runServerAction } from "@/lib/actions/server-action";
import { createShareLink, listShareLinks, revokeShareLink } from "@/lib/share-links/actions";

// Called by the article header's share links panel. Creating and revoking a link are logged, so the
// article page (whose timeline shows the newest events) is re-rendered after either.

export async function listShareLinksAction(input: unknown) {
  return runServerAction(listShareLinks, input);
}

/** The new link's token comes back once, in this result. */
export async function createShareLinkAction(input: unknown) {
  const result = await runServerAction(createShareLink, input);
  if (result.ok) revalidatePath(`/articles/${result.data.articleId}`);
  return result;
}

export async function revokeShareLinkAction(input: unknown) {
  const result = await runServerAction(revokeShareLink, input);
  if (result.ok) revalidatePath(`/articles/${result.data.articleId}`);
  return result;
}
