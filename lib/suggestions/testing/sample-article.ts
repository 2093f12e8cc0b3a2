import fs from "node:fs";
import path from "node:path";
import { executeAction } from "@/lib/actions/execute-action";
import { documentFromParagraphs } from "@/lib/articles/document";
import { type ImportDraft, importArticle } from "@/lib/articles/import-article";
import { parseWireArticle } from "@/lib/articles/wire-format";
import type { SessionUser } from "@/lib/auth/session-user";

/** The sample wire article (prisma/seed-data), as a file's bytes and parsed. */
export const SAMPLE = fs.readFileSync(
  path.join(import.meta.dirname, "../../../prisma/seed-data/kursk-casualties.txt"),
  "utf8",
);
export const wire = parseWireArticle(SAMPLE);

/** A reviewed import draft of the sample's metadata with these paragraphs. */
export function sampleDraft(paragraphs: string[] = wire.paragraphs): ImportDraft {
  return {
    origin: "WIRE",
    sourceName: "kursk-casualties.txt",
    document: documentFromParagraphs(paragraphs),
    metadata: {
      title: wire.title,
      outlet: "Wire",
      url: null,
      byline: null,
      language: "en",
      publishedAt: wire.publishedAt,
      sourceUpdatedAt: wire.updatedAt,
    },
  };
}

/** Imports the sample (or these paragraphs under its headline) as a new article, as the import page does. */
export function importSample(user: SessionUser, paragraphs: string[] = wire.paragraphs) {
  const draft = sampleDraft(paragraphs);
  return importArticle({ workspaceId: user.workspace.id, actorId: user.id, draft, target: { kind: "new" } });
}

/** Runs an action for `user`; its refusal is thrown with its code, for `rejects.toMatchObject`. */
export async function run<Input, Output>(
  action: Parameters<typeof executeAction<Input, Output>>[0],
  user: SessionUser,
  input: unknown,
): Promise<Output> {
  const result = await executeAction(action, user, input);
  if (!result.ok) throw Object.assign(new Error(result.error), { code: result.code });
  return result.data;
}
