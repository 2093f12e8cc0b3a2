"use server";

import { runServerAction } from "@/lib/actions/server-action";
import { importAnnotations } from "@/lib/annotations-import/import-annotations";

// No revalidatePath: the review workspace's activity poll shows the imported claims and refreshes
// the header; re-rendering the page here would hand it the new stamp and hide the change from it.
export async function importAnnotationsAction(input: unknown) {
  return runServerAction(importAnnotations, input);
}
