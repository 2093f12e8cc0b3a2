import { defineAction } from "@/lib/actions/define-action";
import { convertSource } from "@/lib/intake/convert-source";
import type { ImportSource } from "@/lib/intake/types";
import { findSameStory } from "./find-same-story";
import { type ImportDraft, importArticle } from "./import-article";
import { importFile } from "./import-file";
import { truncate, wellFormed } from "./normalize-inline";
import {
  type ImportArticleInput,
  ZAddVersionInput,
  ZImportArticleInput,
  ZImportFileInput,
  ZPreviewInput,
} from "./schemas";

/** Reads pasted text, a file or a web address into a draft to review; stores nothing. */
export const previewImport = defineAction({
  name: "articles.preview",
  permission: "write",
  input: ZPreviewInput,
  run: async ({ user, input }) => {
    const source: ImportSource = input.kind === "file" ? await fileSource(input.file) : input;
    const draft = await convertSource(source);
    const sameStory = await findSameStory({
      workspaceId: user.workspace.id,
      metadata: draft.metadata,
      format: draft.format,
    });
    return { draft, sameStory };
  },
});

/** Saves a reviewed draft as a new article. */
export const importNewArticle = defineAction({
  name: "articles.import",
  permission: "write",
  input: ZImportArticleInput,
  run: async ({ user, input }) =>
    importArticle({
      workspaceId: user.workspace.id,
      actorId: user.id,
      draft: toDraft(input),
      target: { kind: "new" },
    }),
});

/** Saves a reviewed draft as the next version of an article of the workspace. */
export const addArticleVersion = defineAction({
  name: "articles.addVersion",
  permission: "write",
  input: ZAddVersionInput,
  run: async ({ user, input }) => {
    return importArticle({
      workspaceId: user.workspace.id,
      actorId: user.id,
      draft: toDraft(input),
      target: { kind: "version", articleId: input.articleId },
    });
  },
});

/**
 * One file of a bulk import, read and saved at once: a new article, the next
 * version of the article it updates (same address, or the same wire
 * headline), or nothing when the same text is already there.
 */
export const importFileAction = defineAction({
  name: "articles.importFile",
  permission: "write",
  input: ZImportFileInput,
  run: async ({ user, input }) =>
    importFile({ workspaceId: user.workspace.id, actorId: user.id, ...(await fileSource(input.file)) }),
});

export const articleActions = [previewImport, importNewArticle, addArticleVersion, importFileAction];

function toDraft(input: ImportArticleInput): ImportDraft {
  const { origin, sourceName, document, title, outlet, url, byline, language, publishedAt, sourceUpdatedAt } =
    input;
  return {
    origin,
    sourceName,
    document,
    metadata: { title, outlet, url, byline, language, publishedAt, sourceUpdatedAt },
  };
}

async function fileSource(file: File): Promise<{ kind: "file"; name: string; bytes: Uint8Array }> {
  // Browsers send the bare name; other clients may send a path, which is not ours to log.
  const name = truncate(wellFormed(file.name.split(/[\\/]/).pop() ?? ""), 255) || "Unnamed file";
  return { kind: "file", name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
