"use server";

import { revalidatePath } from "next/cache";
import { runServerAction } from "@/lib/actions/server-action";
import { addArticleVersion, importFileAction, importNewArticle, previewImport } from "@/lib/articles/actions";

/** Reads pasted text or a web address for review. */
export async function previewSource(input: { kind: "paste"; text: string } | { kind: "url"; url: string }) {
  return runServerAction(previewImport, input);
}

/** Reads one uploaded file (form field "file") for review. */
export async function previewFile(formData: FormData) {
  return runServerAction(previewImport, { kind: "file", file: formData.get("file") });
}

/** Saves a reviewed draft as a new article. */
export async function saveNewArticle(input: Record<string, unknown>) {
  const result = await runServerAction(importNewArticle, input);
  if (result.ok) revalidatePath("/articles");
  return result;
}

/** Saves a reviewed draft as the next version of an article. */
export async function saveArticleVersion(input: Record<string, unknown>) {
  const result = await runServerAction(addArticleVersion, input);
  if (result.ok) revalidatePath(`/articles/${result.data.articleId}`);
  return result;
}

/** Imports one file of a bulk import (form field "file") without review. */
export async function importOneFile(formData: FormData) {
  return runServerAction(importFileAction, { file: formData.get("file") });
}
