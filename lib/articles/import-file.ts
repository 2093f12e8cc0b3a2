import type { PrismaClient } from "@/lib/db";
import { convertSource } from "@/lib/intake/convert-source";
import type { IntakeSettings } from "@/lib/intake/settings";
import { type ImportArticleResult, importArticle } from "./import-article";

export type ImportFileOptions = {
  prisma?: PrismaClient;
  workspaceId: string;
  actorId: string;
  name: string;
  bytes: Uint8Array;
  settings?: IntakeSettings;
};

export type ImportFileResult = ImportArticleResult & {
  sourceName: string;
  wordCount: number;
  notes: string[];
};

/**
 * Imports one file without review, as bulk imports and the command line
 * do: read and sanitized, then saved where it belongs (a new article, the
 * next version of the article with the same address or wire headline, or
 * nothing when the same text is already there). Throws an IntakeError
 * naming the file when it cannot be imported; nothing is saved then.
 */
export async function importFile(options: ImportFileOptions): Promise<ImportFileResult> {
  const { workspaceId, actorId, name, bytes } = options;
  const draft = await convertSource({ kind: "file", name, bytes }, options.settings);
  const saved = await importArticle({
    prisma: options.prisma,
    workspaceId,
    actorId,
    draft,
    target: { kind: "match" },
    isBulk: true,
  });
  return { ...saved, sourceName: draft.sourceName, wordCount: draft.wordCount, notes: draft.notes };
}
